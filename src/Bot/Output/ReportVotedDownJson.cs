using System.Text.Json.Serialization;

namespace Bot.Output;

internal sealed record ReportVotedDownJson(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("cited")] IReadOnlyList<string> Cited);
