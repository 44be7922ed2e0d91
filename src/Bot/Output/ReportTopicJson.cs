using System.Text.Json.Serialization;

namespace Bot.Output;

internal sealed record ReportTopicJson(
    [property: JsonPropertyName("topic")] string Topic,
    [property: JsonPropertyName("questions")] int Questions);
