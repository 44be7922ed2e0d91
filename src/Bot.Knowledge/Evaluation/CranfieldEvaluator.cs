namespace Bot.Knowledge.Evaluation;

// Cranfield through the bot's own pipeline: each query asked with 100 citations; documents ranked in
// order of first appearance among the citations; MAP over those, nDCG@10.
public static class CranfieldEvaluator
{
    public static async Task<CranfieldReport> EvaluateAsync(KnowledgeBase knowledge, CranfieldDataset collection, CancellationToken cancellationToken = default)
    {
        double map = 0, ndcg = 0;
        var counted = 0;
        for (var q = 0; q < collection.Queries.Count; q++)
        {
            if (!collection.Judgements.TryGetValue(q + 1, out var grades) || !grades.Values.Any(g => g is >= 1 and <= 4))
            {
                continue;
            }

            var answer = await knowledge.AskAsync(collection.Queries[q], 100, cancellationToken).ConfigureAwait(false);
            var ranked = answer.Citations.Select(c => CranfieldDataset.IdOf(c.Document)).Distinct().ToList();
            map += RankingMetrics.AveragePrecision(ranked, grades);
            ndcg += RankingMetrics.Ndcg(ranked, grades, 10);
            counted++;
        }

        return new CranfieldReport(counted, counted == 0 ? 0 : map / counted, counted == 0 ? 0 : ndcg / counted);
    }
}
