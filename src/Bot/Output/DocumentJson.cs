using System.Globalization;
using System.Text.Json.Serialization;
using Bot.Knowledge.Answers;

namespace Bot.Output;

internal sealed record DocumentJson(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("author")] string? Author,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("passages")] int Passages)
{
    public static DocumentJson From(DocumentSummary d) => new(
        d.Document, d.Title, d.Source, d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Author, d.Url, d.Passages);
}
