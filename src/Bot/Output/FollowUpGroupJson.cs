using System.Text.Json.Serialization;
using Bot.Knowledge.Evaluation;

namespace Bot.Output;

internal sealed record FollowUpGroupJson(
    [property: JsonPropertyName("followups")] int FollowUps,
    [property: JsonPropertyName("hit_at_1_with_context")] double? HitAt1With,
    [property: JsonPropertyName("hit_at_1_without_context")] double? HitAt1Without,
    [property: JsonPropertyName("answer_contains_with_context")] double? ContainsWith,
    [property: JsonPropertyName("answer_contains_without_context")] double? ContainsWithout)
{
    public static FollowUpGroupJson Of(IReadOnlyList<FollowUpOutcome> outcomes)
    {
        double? Ratio(int a) => outcomes.Count == 0 ? null : Math.Round(a / (double)outcomes.Count, 4);
        return new(outcomes.Count,
            Ratio(FollowUpReport.HitAt1With(outcomes)), Ratio(FollowUpReport.HitAt1Without(outcomes)),
            Ratio(FollowUpReport.ContainsWith(outcomes)), Ratio(FollowUpReport.ContainsWithout(outcomes)));
    }
}
