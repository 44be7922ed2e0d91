using System.Text.Json.Serialization;
using Bot.Knowledge.Evaluation;

namespace Bot.Output;

// The eval --json summary of one set: ratios over the answerable questions, counts for refusals;
// a Cranfield set fills only "questions", "map" and "ndcg_at_10" (the rest are null).
internal sealed record EvalSummaryJson(
    [property: JsonPropertyName("set")] string Set,
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("answerable")] int? Answerable,
    [property: JsonPropertyName("hit_at_1")] double? HitAt1,
    [property: JsonPropertyName("hit_at_3")] double? HitAt3,
    [property: JsonPropertyName("mrr")] double? Mrr,
    [property: JsonPropertyName("answer_contains")] double? AnswerContains,
    [property: JsonPropertyName("out_of_scope")] int? OutOfScope,
    [property: JsonPropertyName("out_of_scope_refused")] int? OutOfScopeRefused,
    [property: JsonPropertyName("answerable_refused")] int? AnswerableRefused,
    [property: JsonPropertyName("map")] double? Map,
    [property: JsonPropertyName("ndcg_at_10")] double? NdcgAt10)
{
    public static EvalSummaryJson From(EvalSetResult result)
    {
        if (result.Questions is { } q)
        {
            var n = q.AnswerableCount;
            double? Ratio(int a) => n == 0 ? null : Math.Round(a / (double)n, 4);
            return new(result.Name, q.Outcomes.Count, n, Ratio(q.HitAt1), Ratio(q.HitAt3), Math.Round(q.Mrr, 4), Ratio(q.AnswerContainsGold),
                q.OutOfScopeCount, q.OutOfScopeRefused, q.AnswerableRefused, null, null);
        }

        var c = result.Cranfield!;
        return new(result.Name, c.Queries, null, null, null, null, null, null, null, null, Math.Round(c.Map, 4), Math.Round(c.NdcgAt10, 4));
    }
}
