using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Index;

/// <summary>A parsed, split and tokenized document: everything the writer stores for it, and its distinct words (unstemmed) for typo correction.</summary>
internal sealed record PreparedDocument(string RelativePath, DocumentMetadata Metadata, string TitleStems, int TitleLength, IReadOnlyList<PreparedPassage> Passages, string Words)
{
    /// <summary>The front matter tags' stems (empty when it has none).</summary>
    public string TagStems { get; init; } = "";
}
