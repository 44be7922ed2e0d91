namespace Bot.Knowledge.Answers;

/// <summary>One cited passage and where it comes from.</summary>
/// <param name="Number">The [n] the answer text uses, 1-based, in rank order.</param>
/// <param name="Document">File name relative to the corpus folder.</param>
/// <param name="Paragraph">1-based paragraph of the cleaned document.</param>
/// <param name="Excerpt">A short window of the passage around what matched.</param>
/// <param name="Highlights">Where the query's terms stand in <paramref name="Excerpt"/>.</param>
/// <param name="Passage">The whole passage.</param>
/// <param name="Section">Heading path inside the document, or null.</param>
/// <param name="Page">1-based page for paged documents, or null (then <paramref name="Paragraph"/> locates it).</param>
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
    /// <summary>"p. 12" for a paged document, else "¶4".</summary>
    public string Locator => Page is { } page ? $"p. {page}" : $"¶{Paragraph}";
}
