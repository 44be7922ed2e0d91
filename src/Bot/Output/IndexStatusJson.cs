using System.Text.Json.Serialization;
using Bot.Knowledge.Index;

namespace Bot.Output;

internal sealed record IndexStatusJson(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("stale")] bool Stale,
    [property: JsonPropertyName("built_at")] DateTimeOffset? BuiltAt,
    [property: JsonPropertyName("built_by")] string? BuiltBy,
    [property: JsonPropertyName("documents")] int? Documents,
    [property: JsonPropertyName("passages")] int? Passages,
    [property: JsonPropertyName("corpus")] string? Corpus,
    [property: JsonPropertyName("detail")] string? Detail)
{
    public static IndexStatusJson From(IndexStatus s) => new(
        s.Path, s.State.ToString().ToLowerInvariant(), s.State != IndexState.Current, s.Info?.BuiltAt, s.Info?.Trigger?.Describe(), s.Info?.Documents, s.Info?.Passages, s.Info?.Corpus, s.Detail);
}
