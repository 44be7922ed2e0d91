using System.Text.Json.Serialization;

namespace Bot.Output;

internal sealed record ReportVotedDownJson(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("cited")] IReadOnlyList<string> Cited,
    [property: JsonPropertyName("passages")] IReadOnlyList<string> Passages,
    [property: JsonPropertyName("votes_up")] int VotesUp,
    [property: JsonPropertyName("votes_down")] int VotesDown);
