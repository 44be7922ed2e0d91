using System.Text.Json.Serialization;
using Bot.Knowledge.Index;

namespace Bot.Output;

internal sealed record RebuildJson(
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("passages")] int Passages,
    [property: JsonPropertyName("seconds")] double Seconds,
    [property: JsonPropertyName("skipped")] IReadOnlyList<string> Skipped,
    [property: JsonPropertyName("error")] string? Error)
{
    public static RebuildJson From(RebuildResult r) => new(
        r.Outcome.ToString().ToLowerInvariant(), r.Documents, r.Passages, Math.Round(r.Elapsed.TotalSeconds, 3),
        r.Skipped.Select(s => $"{s.RelativePath}: {s.Reason}").ToList(), r.Error);
}
