using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Passages;

// A paragraph-sized piece of a document: the unit the index stores and a citation points at.
// Ordinal: 1-based position among the document's passages.
// Paragraph: 1-based number of the (first) cleaned paragraph it comes from.
// Section: The heading path inside the document ("Setup › Tokens"), null when the document has no headings.
// Page: 1-based page for paged documents (PDF), else null.
// Language: The code block's language when Kind is code and the document says it.
public sealed record Passage(
    string Document,
    int Ordinal,
    int Paragraph,
    string Text,
    DocumentMetadata Metadata,
    string? Section = null,
    int? Page = null,
    PassageKind Kind = PassageKind.Prose,
    string? Language = null);
