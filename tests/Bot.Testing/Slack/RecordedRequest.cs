using System.Text.Json.Nodes;

namespace Bot.Testing.Slack;

// One request the bot made to the fake: a Web API method, or "response_url".
internal sealed record RecordedRequest(long Sequence, string Method, string Host, string Path, string? Authorization, string Body, DateTimeOffset ReceivedAt, long Timestamp, IReadOnlyDictionary<string, string>? Headers = null)
{
    // A request header as it arrived (case-insensitive name), or null.
    public string? Header(string name) => Headers is not null && Headers.TryGetValue(name, out var value) ? value : null;

    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("empty body");

    public string? this[string field] => Json[field]?.ToString();

    // Every string in the JSON body, decoded, one per line. Assertions about what Slack would display
    // must use this: the raw body has "<" written as \u003C by the serializer.
    public string AllText => string.Join("\n", Strings(Json));

    // The mrkdwn text of block index.
    public string BlockText(int index) => Json["blocks"]?[index]?["text"]?["text"]?.ToString() ?? "";

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    public TimeSpan Since(RecordedRequest earlier) => System.Diagnostics.Stopwatch.GetElapsedTime(earlier.Timestamp, Timestamp);
}
