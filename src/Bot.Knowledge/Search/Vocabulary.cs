using Microsoft.Data.Sqlite;

namespace Bot.Knowledge.Search;

/// <summary>
/// The index's own word statistics: how many passages hold a stem (for term weights) and which
/// words exist at all (to correct a typo to the nearest indexed word, never to a word the corpus
/// does not have).
/// </summary>
internal sealed class Vocabulary
{
    private readonly Lock _lock = new();
    private (int Generation, Dictionary<int, List<(string Word, int Df)>> ByLength)? _words;

    /// <summary>BM25's idf, always positive. A stem no passage holds weighs as much as one held by a single passage.</summary>
    public static double Idf(int df, int passages) => Math.Log(1 + (passages - Math.Max(df, 1) + 0.5) / (Math.Max(df, 1) + 0.5));

    public static Dictionary<string, int> DocumentFrequencies(SqliteConnection connection, IEnumerable<string> stems)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT df FROM stems WHERE stem = $s";
        var parameter = command.Parameters.Add("$s", SqliteType.Text);
        foreach (var stem in stems.Distinct(StringComparer.Ordinal))
        {
            parameter.Value = stem;
            result[stem] = command.ExecuteScalar() is long df ? (int)df : 0;
        }

        return result;
    }

    public static bool HasWord(SqliteConnection connection, string word)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM words WHERE word = $w";
        command.Parameters.AddWithValue("$w", word);
        return command.ExecuteScalar() is not null;
    }

    /// <summary>
    /// A misspelt question word ("whch", "thier") is a stop word, not a topic. Only from four letters,
    /// or three as the question's first word ("Wht is …"): shorter real words sit one letter from a
    /// stop word too ("pay"/"may", "war"/"was").
    /// </summary>
    public static bool IsStopWordTypo(string word, bool firstWord) =>
        word.Length is >= 3 and <= 8 && (word.Length >= 4 || firstWord) && !word.Any(char.IsDigit)
        && StopWordList.Value.Any(s => s.Length >= 4 && Math.Abs(s.Length - word.Length) <= 1 && EditDistance.Bounded(word, s, 1) <= 1);

    private static readonly Lazy<string[]> StopWordList = new(() => Text.StopWords.All.ToArray());

    /// <summary>The most frequent indexed word within one edit (two for long words) that starts with the same letter, or null.</summary>
    public string? Correct(SqliteConnection connection, int generation, string word)
    {
        // Short words are too close to too many others ("joke" is one letter from "Joe"), and a typo
        // rarely hits the first letter: both rules keep corrections to the ones a reader would make.
        if (word.Length < 5 || word.Any(char.IsDigit))
        {
            return null;
        }

        var maxDistance = word.Length >= 8 ? 2 : 1;
        var byLength = Words(connection, generation);
        string? best = null;
        int bestDistance = int.MaxValue, bestDf = 0;
        for (var length = word.Length - maxDistance; length <= word.Length + maxDistance; length++)
        {
            if (!byLength.TryGetValue(length, out var words))
            {
                continue;
            }

            foreach (var (candidate, df) in words)
            {
                var distance = EditDistance.Bounded(word, candidate, maxDistance);
                if (distance <= maxDistance && candidate[0] == word[0] && !Text.StopWords.Contains(candidate) && (distance < bestDistance || (distance == bestDistance && df > bestDf)))
                {
                    (best, bestDistance, bestDf) = (candidate, distance, df);
                }
            }
        }

        return best;
    }

    private Dictionary<int, List<(string Word, int Df)>> Words(SqliteConnection connection, int generation)
    {
        lock (_lock)
        {
            if (_words is { } cached && cached.Generation == generation)
            {
                return cached.ByLength;
            }

            var byLength = new Dictionary<int, List<(string, int)>>();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT word, df FROM words";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var word = reader.GetString(0);
                if (word.Any(char.IsDigit))
                {
                    continue;
                }

                if (!byLength.TryGetValue(word.Length, out var list))
                {
                    byLength[word.Length] = list = [];
                }

                list.Add((word, reader.GetInt32(1)));
            }

            _words = (generation, byLength);
            return byLength;
        }
    }
}
