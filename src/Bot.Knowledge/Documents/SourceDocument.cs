using Bot.Knowledge.Passages;

namespace Bot.Knowledge.Documents;

// A read document: its metadata and its body blocks, in order.
public sealed record SourceDocument(string RelativePath, DocumentMetadata Metadata, IReadOnlyList<DocumentBlock> Blocks)
{
    // Plain prose paragraphs (as from a scraped page) become prose blocks outside any section.
    public SourceDocument(string relativePath, DocumentMetadata metadata, IReadOnlyList<string> paragraphs)
        : this(relativePath, metadata, paragraphs.Select(p => new DocumentBlock(p)).ToList())
    {
    }

    // The text of every block, in order.
    public IReadOnlyList<string> Paragraphs => Blocks.Select(b => b.Text).ToList();

    // The longest passage the builder may make from this document (see PassageLimits).
    public int MaxPassageChars { get; init; } = PassageLimits.DefaultMaxChars;

    // Why a file gave no text (a PDF without a text layer, a damaged DOCX), for the warning that names it; null when read.
    public string? Problem { get; init; }
}
