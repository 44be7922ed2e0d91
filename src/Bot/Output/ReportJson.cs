using System.Text.Json.Serialization;
using Bot.Chat.Questions;

namespace Bot.Output;

// bot report --json: the whole report, lists uncapped.
internal sealed record ReportJson(
    [property: JsonPropertyName("since")] DateTimeOffset Since,
    [property: JsonPropertyName("questions")] int Questions,
    [property: JsonPropertyName("by_platform")] IReadOnlyDictionary<string, int> ByPlatform,
    [property: JsonPropertyName("by_outcome")] IReadOnlyDictionary<string, int> ByOutcome,
    [property: JsonPropertyName("not_covered")] IReadOnlyList<ReportGroupJson> NotCovered,
    [property: JsonPropertyName("topics")] IReadOnlyList<ReportTopicJson> Topics,
    [property: JsonPropertyName("never_cited")] IReadOnlyList<string> NeverCited,
    [property: JsonPropertyName("feedback_recorded")] bool FeedbackRecorded,
    [property: JsonPropertyName("voted_down")] IReadOnlyList<ReportVotedDownJson> VotedDown,
    [property: JsonPropertyName("votes_up")] int VotesUp,
    [property: JsonPropertyName("votes_down")] int VotesDown,
    [property: JsonPropertyName("follow_ups")] int FollowUps)
{
    public static ReportJson From(QuestionReport r) => new(
        r.Since, r.Questions, r.ByPlatform, r.ByOutcome,
        r.NotCovered.Select(g => new ReportGroupJson(g.Example, g.Count, g.Stems)).ToList(),
        r.Topics.Select(t => new ReportTopicJson(t.Topic, t.Questions)).ToList(),
        r.NeverCited, r.FeedbackRecorded,
        r.VotedDown.Select(q => new ReportVotedDownJson(q.Question, q.Documents, q.Passages, q.VotesUp, q.VotesDown)).ToList(),
        r.VotesUp, r.VotesDown, r.FollowUps);
}
