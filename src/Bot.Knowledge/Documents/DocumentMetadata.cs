namespace Bot.Knowledge.Documents;

// What a citation says about where a passage comes from. Only what the text (or its front matter) states.
public sealed record DocumentMetadata(string Title, string? Source, DateOnly? Published, string? Author, string? Url)
{
    // Front matter tags, as written; empty when the document has none.
    public IReadOnlyList<string> Tags { get; init; } = [];
}
