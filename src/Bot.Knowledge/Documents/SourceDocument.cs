using Bot.Knowledge.Passages;

namespace Bot.Knowledge.Documents;

/// <summary>A read document: its metadata and its body blocks, in order.</summary>
public sealed record SourceDocument(string RelativePath, DocumentMetadata Metadata, IReadOnlyList<DocumentBlock> Blocks)
{
    /// <summary>Plain prose paragraphs (as from a scraped page) become prose blocks outside any section.</summary>
    public SourceDocument(string relativePath, DocumentMetadata metadata, IReadOnlyList<string> paragraphs)
        : this(relativePath, metadata, paragraphs.Select(p => new DocumentBlock(p)).ToList())
    {
    }

    /// <summary>The text of every block, in order.</summary>
    public IReadOnlyList<string> Paragraphs => Blocks.Select(b => b.Text).ToList();

    /// <summary>The longest passage the builder may make from this document (see <see cref="PassageLimits"/>).</summary>
    public int MaxPassageChars { get; init; } = PassageLimits.DefaultMaxChars;

    /// <summary>Why a file gave no text (a PDF without a text layer, a damaged DOCX), for the warning that names it; null when read.</summary>
    public string? Problem { get; init; }
}
