using System.Text.Json.Serialization;

namespace Bot.Output;

internal sealed record CitationJson(
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("section")] string? Section,
    [property: JsonPropertyName("paragraph")] int Paragraph,
    [property: JsonPropertyName("page")] int? Page,
    [property: JsonPropertyName("excerpt")] string Excerpt,
    [property: JsonPropertyName("passage")] string Passage,
    [property: JsonPropertyName("score")] double Score);
