using Bot.Knowledge.Index;

namespace Bot.Knowledge.Questions;

// Term weights from the index's statistics, and typo correction to the nearest indexed word (never
// to a word the corpus does not have), through Lucene's fuzzy term enumeration over the unstemmed words.
internal static class Vocabulary
{
    // BM25's idf, always positive. A stem no passage holds weighs as much as one held by a single passage.
    public static double Idf(int df, int passages) => Math.Log(1 + (passages - Math.Max(df, 1) + 0.5) / (Math.Max(df, 1) + 0.5));

    // A misspelt question word ("whch", "thier") is a stop word, not a topic. Only from four letters,
    // or three as the question's first word ("Wht is …"): shorter real words sit one letter from a
    // stop word too ("pay"/"may", "war"/"was").
    public static bool IsStopWordTypo(string word, bool firstWord) =>
        word.Length is >= 3 and <= 8 && (word.Length >= 4 || firstWord) && !word.Any(char.IsDigit)
        && StopWordList.Value.Any(s => s.Length >= 4 && Math.Abs(s.Length - word.Length) <= 1 && EditDistance.Bounded(word, s, 1) <= 1);

    private static readonly Lazy<string[]> StopWordList = new(() => Text.StopWords.All.ToArray());

    // The most frequent indexed word within one edit (two for long words) that starts with the same letter, or null.
    public static string? Correct(IndexSnapshot index, string word)
    {
        // Short words are too close to too many others ("joke" is one letter from "Joe"), and a typo
        // rarely hits the first letter: both rules keep corrections to the ones a reader would make.
        if (word.Length < 5 || word.Any(char.IsDigit))
        {
            return null;
        }

        var maxDistance = word.Length >= 8 ? 2 : 1;
        string? best = null;
        int bestDistance = int.MaxValue, bestDf = 0;
        foreach (var (candidate, df) in index.SimilarWords(word, maxDistance))
        {
            var distance = EditDistance.Bounded(word, candidate, maxDistance);
            if (distance <= maxDistance && !candidate.Any(char.IsDigit) && !Text.StopWords.Contains(candidate) && (distance < bestDistance || (distance == bestDistance && df > bestDf)))
            {
                (best, bestDistance, bestDf) = (candidate, distance, df);
            }
        }

        return best;
    }
}
