using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Index;

// A parsed, split and tokenized document: everything the writer stores for it, and its distinct words (unstemmed) for typo correction.
internal sealed record PreparedDocument(string RelativePath, DocumentMetadata Metadata, string TitleStems, int TitleLength, IReadOnlyList<PreparedPassage> Passages, string Words)
{
    // The front matter tags' stems (empty when it has none).
    public string TagStems { get; init; } = "";
}
