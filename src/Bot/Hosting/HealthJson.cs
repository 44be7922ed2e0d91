using System.Text.Json.Serialization;

namespace Bot.Hosting;

internal sealed record HealthJson(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("index")] HealthIndexJson Index,
    [property: JsonPropertyName("adapters")] Dictionary<string, string> Adapters);
