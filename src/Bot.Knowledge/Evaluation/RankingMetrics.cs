namespace Bot.Knowledge.Evaluation;

// Average precision and nDCG@k over a ranked list of document ids and graded judgements.
public static class RankingMetrics
{
    // Relevant = grades 1..4; AP over the whole ranked list, divided by the number of relevant documents.
    public static double AveragePrecision(IReadOnlyList<int> ranked, IReadOnlyDictionary<int, int> grades)
    {
        var relevant = grades.Count(g => g.Value is >= 1 and <= 4);
        if (relevant == 0)
        {
            return 0;
        }

        double hits = 0, sum = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            if (grades.TryGetValue(ranked[i], out var g) && g is >= 1 and <= 4)
            {
                hits++;
                sum += hits / (i + 1);
            }
        }

        return sum / relevant;
    }

    // Gain 2^(5−grade)−1 for grades 1..4 (grade 1 is the best), −1 and unjudged give 0.
    public static double Ndcg(IReadOnlyList<int> ranked, IReadOnlyDictionary<int, int> grades, int k)
    {
        static double Gain(int grade) => grade is >= 1 and <= 4 ? Math.Pow(2, 5 - grade) - 1 : 0;
        double dcg = 0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            dcg += Gain(grades.GetValueOrDefault(ranked[i], 0)) / Math.Log2(i + 2);
        }

        var ideal = grades.Values.Select(Gain).Where(g => g > 0).OrderByDescending(g => g).Take(k).ToList();
        double idcg = 0;
        for (var i = 0; i < ideal.Count; i++)
        {
            idcg += ideal[i] / Math.Log2(i + 2);
        }

        return idcg == 0 ? 0 : dcg / idcg;
    }
}
