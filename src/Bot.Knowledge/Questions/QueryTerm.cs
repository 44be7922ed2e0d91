namespace Bot.Knowledge.Questions;

// A content word of the question. Corrected is set when the word was a typo for an indexed word.
public sealed record QueryTerm(string Term, string Stem, int Position, string? Corrected = null, bool IsName = false)
{
    // Written as code ("trigger_id", "conversations.history", "sayStream"): names a thing, whatever its case.
    public bool IsIdentifier { get; init; }

    // How informative the term is in this corpus (BM25 idf), filled in from the index.
    public double Weight { get; init; }

    // Passages containing the stem (0: the corpus never uses it).
    public int DocumentFrequency { get; init; }

    // Multiplies the term's weight: 1 for the question's own words, lower for words a follow-up
    // takes from the conversation before it (Questions/FollowUp).
    public double Emphasis { get; init; } = 1;
}
