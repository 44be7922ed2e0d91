namespace Bot.Knowledge.Search;

/// <summary>
/// Second stage over the first stage's candidates. bm25 alone favours short passages that repeat
/// one rare word; a passage that answers a question usually holds most of its words (coverage,
/// weighted by idf), close together (proximity), sometimes in the question's order (phrases), and
/// the kind of thing asked for (an amount for "how much", a date for "when").
/// </summary>
internal static class Reranker
{
    internal const double Bm25Weight = 0.30;
    internal const double CoverageWeight = 0.40;
    internal const double TitleCoverageWeight = 0.10;
    internal const double ProximityWeight = 0.12;
    internal const double PhraseWeight = 0.04;
    internal const double HintWeight = 0.12;

    public static void Score(AnalyzedQuestion question, List<Candidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in question.Terms)
        {
            weights[term.Stem] = term.Weight;
        }

        var total = Math.Max(weights.Values.Sum(), 1e-9);
        var maxBm25 = Math.Max(candidates.Max(c => c.Bm25), 1e-9);
        var bigrams = Bigrams(question);
        foreach (var c in candidates)
        {
            var positions = Positions(c.Stems, weights);
            var body = positions.Keys.Sum(s => weights[s]);
            var all = body + c.TitleStems.Distinct(StringComparer.Ordinal).Where(s => weights.ContainsKey(s) && !positions.ContainsKey(s)).Sum(s => weights[s]);
            c.Coverage = all / total;
            c.Score = Bm25Weight * (c.Bm25 / maxBm25)
                + CoverageWeight * (body / total)
                + TitleCoverageWeight * c.Coverage
                + ProximityWeight * Proximity(positions, weights, question.Terms.Count)
                + PhraseWeight * PhraseShare(bigrams, positions)
                + HintWeight * (AnswerHints.Matches(question.Kind, c.Text) ? 1 : 0);
        }

        candidates.Sort((a, b) => b.Score.CompareTo(a.Score));
    }

    internal static Dictionary<string, List<int>> Positions(string[] stems, Dictionary<string, double> weights)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < stems.Length; i++)
        {
            if (weights.ContainsKey(stems[i]))
            {
                if (!positions.TryGetValue(stems[i], out var list))
                {
                    positions[stems[i]] = list = [];
                }

                list.Add(i);
            }
        }

        return positions;
    }

    /// <summary>For each pair of question terms, how close they come in the passage (1 when adjacent), weighted by the rarer term.</summary>
    private static double Proximity(Dictionary<string, List<int>> positions, Dictionary<string, double> weights, int termCount)
    {
        if (termCount < 2)
        {
            return positions.Count > 0 ? 1 : 0;
        }

        var stems = weights.Keys.ToArray();
        double sum = 0, possible = 0;
        for (var a = 0; a < stems.Length; a++)
        {
            for (var b = a + 1; b < stems.Length; b++)
            {
                var pairWeight = Math.Min(weights[stems[a]], weights[stems[b]]);
                possible += pairWeight;
                if (positions.TryGetValue(stems[a], out var pa) && positions.TryGetValue(stems[b], out var pb))
                {
                    var distance = MinDistance(pa, pb);
                    sum += pairWeight * 2.0 / (1 + distance);
                }
            }
        }

        return possible > 0 ? Math.Min(1, sum / possible) : 0;
    }

    private static int MinDistance(List<int> a, List<int> b)
    {
        int i = 0, j = 0, best = int.MaxValue;
        while (i < a.Count && j < b.Count)
        {
            best = Math.Min(best, Math.Abs(a[i] - b[j]));
            if (a[i] < b[j]) i++;
            else j++;
        }

        return best;
    }

    /// <summary>Consecutive content words of the question ("defense industry", "foreign relations").</summary>
    private static List<(string First, string Second)> Bigrams(AnalyzedQuestion question)
    {
        var result = new List<(string, string)>();
        for (var i = 1; i < question.Terms.Count; i++)
        {
            if (question.Terms[i].Position - question.Terms[i - 1].Position <= 2)
            {
                result.Add((question.Terms[i - 1].Stem, question.Terms[i].Stem));
            }
        }

        return result;
    }

    private static double PhraseShare(List<(string First, string Second)> bigrams, Dictionary<string, List<int>> positions)
    {
        if (bigrams.Count == 0)
        {
            return 0;
        }

        var found = 0;
        foreach (var (first, second) in bigrams)
        {
            if (positions.TryGetValue(first, out var pa) && positions.TryGetValue(second, out var pb)
                && pa.Any(p => pb.Contains(p + 1) || pb.Contains(p + 2)))
            {
                found++;
            }
        }

        return (double)found / bigrams.Count;
    }
}
