using System.Text.Json.Serialization;
using Bot.Knowledge.Evaluation;

namespace Bot.Output;

// eval --followups --json: hit@1 and answer-contains with and without context, for the elliptical
// follow-ups, those that stand alone, and all (ratios; null for an empty group).
internal sealed record FollowUpSummaryJson(
    [property: JsonPropertyName("set")] string Set,
    [property: JsonPropertyName("elliptical")] FollowUpGroupJson Elliptical,
    [property: JsonPropertyName("standing_alone")] FollowUpGroupJson StandingAlone,
    [property: JsonPropertyName("all")] FollowUpGroupJson All)
{
    public static FollowUpSummaryJson From(string set, FollowUpReport report) =>
        new(set, FollowUpGroupJson.Of(report.Elliptical), FollowUpGroupJson.Of(report.StandingAlone), FollowUpGroupJson.Of(report.Outcomes));
}
