namespace Bot.Knowledge.Questions;

/// <summary>A content word of the question. <paramref name="Corrected"/> is set when the word was a typo for an indexed word.</summary>
public sealed record QueryTerm(string Term, string Stem, int Position, string? Corrected = null, bool IsName = false)
{
    /// <summary>Written as code ("trigger_id", "conversations.history", "sayStream"): names a thing, whatever its case.</summary>
    public bool IsIdentifier { get; init; }

    /// <summary>How informative the term is in this corpus (BM25 idf), filled in from the index.</summary>
    public double Weight { get; init; }

    /// <summary>Passages containing the stem (0: the corpus never uses it).</summary>
    public int DocumentFrequency { get; init; }
}
