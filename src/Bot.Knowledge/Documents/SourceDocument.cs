namespace Bot.Knowledge.Documents;

/// <summary>A cleaned document: its metadata and its body paragraphs, in order.</summary>
public sealed record SourceDocument(string RelativePath, DocumentMetadata Metadata, IReadOnlyList<string> Paragraphs);
