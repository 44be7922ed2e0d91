using System.Text.Json.Serialization;

namespace Bot.Hosting;

internal sealed record HealthIndexJson(
    [property: JsonPropertyName("state")] string State,
    [property: JsonPropertyName("documents")] int? Documents,
    [property: JsonPropertyName("passages")] int? Passages,
    [property: JsonPropertyName("built_at")] DateTimeOffset? BuiltAt,
    [property: JsonPropertyName("built_by")] string? BuiltBy,
    [property: JsonPropertyName("rebuilding")] bool Rebuilding);
