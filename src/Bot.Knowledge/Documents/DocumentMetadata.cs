namespace Bot.Knowledge.Documents;

/// <summary>What a citation says about where a passage comes from. Only what the text (or its front matter) states.</summary>
public sealed record DocumentMetadata(string Title, string? Source, DateOnly? Published, string? Author, string? Url)
{
    /// <summary>Front matter <c>tags</c>, as written; empty when the document has none.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}
