using Bot.Knowledge.Documents;


namespace Bot.Knowledge.Ranking;

// A passage the full-text search returned, with what the reranker needs.
internal sealed record Candidate(
    long Id,
    double FirstStageScore,
    string Text,
    string[] Stems,
    string[] TitleStems,
    string Document,
    int Paragraph,
    DocumentMetadata Metadata,
    string? Section = null,
    int? Page = null,
    Passages.PassageKind Kind = Passages.PassageKind.Prose)
{
    private Dictionary<string, int>? _counts;

    // How often a stem occurs in the body; counted once per candidate (the reranker asks for every query and feedback term).
    public int CountOf(string stem)
    {
        if (_counts is null)
        {
            _counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var s in Stems)
            {
                _counts[s] = _counts.GetValueOrDefault(s) + 1;
            }
        }

        return _counts.GetValueOrDefault(stem);
    }

    // The stems of the section heading path ("Setup › Tokens"): in documentation the heading names the topic its passages leave implicit.
    public string[] SectionStems => _sectionStems ??= Section is null ? [] : Bot.Knowledge.Text.Tokenizer.Tokenize(Section).Select(t => t.Stem).ToArray();

    private string[]? _sectionStems;

    // Terms in the body, not counting sentence breaks.
    public int Length { get; } = Stems.Count(s => s != Index.IndexSchema.SentenceBreak);

    // BM25 over the candidate, computed by the reranker.
    public double Bm25 { get; set; }

    public double Score { get; set; }

    // Share of the question's weight this passage (with its title) contains.
    public double Coverage { get; set; }
}
