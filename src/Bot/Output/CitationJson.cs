using System.Text.Json.Serialization;

namespace Bot.Output;

internal sealed record CitationJson(
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("paragraph")] int Paragraph,
    [property: JsonPropertyName("excerpt")] string Excerpt,
    [property: JsonPropertyName("passage")] string Passage,
    [property: JsonPropertyName("score")] double Score);
