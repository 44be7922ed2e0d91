namespace Bot.Knowledge.Search;

/// <summary>
/// Does the best passage answer the question, or merely share a word with it? The best passage must
/// hold enough of the question's weight (rare words weigh more; a word the corpus never uses
/// weighs as much as one used once, so a question about sourdough is not "answered" by the word
/// "Turkey"), and that must not hinge on one weak word.
/// </summary>
internal static class Answerability
{
    internal const double MinCoverage = 0.5;

    public static bool IsCovered(AnalyzedQuestion question, IReadOnlyList<Candidate> ranked)
    {
        if (ranked.Count == 0 || question.Terms.Count == 0)
        {
            return false;
        }

        var best = ranked.Take(3).Max(c => c.Coverage);
        return best >= MinCoverage;
    }
}
