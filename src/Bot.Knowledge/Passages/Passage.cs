using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Passages;

/// <summary>A paragraph-sized piece of a document: the unit the index stores and a citation points at.</summary>
/// <param name="Ordinal">1-based position among the document's passages.</param>
/// <param name="Paragraph">1-based number of the (first) cleaned paragraph it comes from.</param>
public sealed record Passage(string Document, int Ordinal, int Paragraph, string Text, DocumentMetadata Metadata);
