using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Search;

/// <summary>A passage the full-text search returned, with what the reranker needs.</summary>
internal sealed record Candidate(
    long Id,
    double Bm25,
    string Text,
    string[] Stems,
    string[] TitleStems,
    string Document,
    int Paragraph,
    DocumentMetadata Metadata)
{
    public double Score { get; set; }

    /// <summary>Share of the question's weight this passage (with its title) contains.</summary>
    public double Coverage { get; set; }
}
