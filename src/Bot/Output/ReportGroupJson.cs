using System.Text.Json.Serialization;

namespace Bot.Output;

internal sealed record ReportGroupJson(
    [property: JsonPropertyName("example")] string Example,
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("stems")] IReadOnlyList<string> Stems);
