namespace Bot.Knowledge.Answers;

// One cited passage and where it comes from.
// Number: The [n] the answer text uses, 1-based, in rank order.
// Document: File name relative to the corpus folder.
// Paragraph: 1-based paragraph of the cleaned document.
// Excerpt: A short window of the passage around what matched.
// Highlights: Where the query's terms stand in Excerpt.
// Passage: The whole passage.
// Section: Heading path inside the document, or null.
// Page: 1-based page for paged documents, or null (then Paragraph locates it).
public sealed record Citation(
    int Number,
    string Document,
    string Title,
    string? Source,
    DateOnly? Published,
    string? Author,
    string? Url,
    int Paragraph,
    string Excerpt,
    IReadOnlyList<TextSpan> Highlights,
    string Passage,
    double Score,
    string? Section = null,
    int? Page = null,
    Passages.PassageKind Kind = Passages.PassageKind.Prose)
{
    // "p. 12" for a paged document, else "¶4".
    public string Locator => Page is { } page ? $"p. {page}" : $"¶{Paragraph}";
}
