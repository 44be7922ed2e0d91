namespace Bot.Knowledge.Ranking;

// The ranking's knobs, in one place so they can be measured together (bot eval on the dev
// questions and on Cranfield). The defaults are the measured best; see README "Answer quality".
internal sealed record RankingParameters
{
    public static RankingParameters Default { get; } = new();

    // Passages the first stage hands to the reranker.
    public int Candidates { get; init; } = 100;

    // BM25 computed over the candidates (body and title as fields), https://doi.org/10.1561/1500000019
    public double K1 { get; init; } = 1.6;
    public double B { get; init; } = 0.75;
    public double TitleFieldWeight { get; init; } = 0.5;

    // The section heading path as a third field, lighter than the title: in documentation a heading
    // names the topic its passages leave implicit ("Rate limits" over "at most 50 per minute").
    public double SectionFieldWeight { get; init; } = 0.3;

    // Weight multiplier for capitalised question words (names, places, acronyms).
    public double NameBoost { get; init; } = 1.5;

    // Query weight of the other British/American spelling of a question word, against 1 for the word as written.
    public double VariantWeight { get; init; } = 0.6;

    // How the final score blends the features (each scaled to 0..1).
    public double Bm25Weight { get; init; } = 0.40;
    public double CoverageWeight { get; init; } = 0.30;
    public double TitleCoverageWeight { get; init; } = 0.05;
    public double ProximityWeight { get; init; } = 0.12;
    public double PhraseWeight { get; init; } = 0.04;
    public double HintWeight { get; init; } = 0.12;
    public double SentenceWeight { get; init; } = 0.15;

    // For a question naming code identifiers: the share of them a passage defines (a table row, list
    // item or heading keyed by the name) rather than only uses (Ranking/Definitions).
    public double DefinitionWeight { get; init; } = 0.15;

    // Multiplies a code passage's score for such a question, unless it asks for code ("example",
    // "snippet", "command"): code that sets `logLevel: 'debug'` matches the name, the prose explains it.
    public double CodeUseFactor { get; init; } = 0.9;

    // Multiplies the score of a lead-in passage (Reranker.LeadIn: ends in a colon, or announces "the
    // following" without it) for questions under LongQueryTerms content words: the section's introduction
    // names the thing asked about, the passage after it holds the answer.
    public double LeadInFactor { get; init; } = 0.9;

    // Short questions (up to this many content words) get the full feature blend; the features fade
    // out linearly up to LongQueryTerms, where a descriptive query is ranked by BM25
    // alone: "all the words, close together" is what a factual question needs, not a paragraph-long one.
    public int ShortQueryTerms { get; init; } = 4;

    public int LongQueryTerms { get; init; } = 8;

    // Document evidence for descriptive queries: a passage gains this share of the best score among its
    // document's other candidates, in full from LongQueryTerms content words and fading to none at
    // ShortQueryTerms, where a factual question wants the one passage that answers, not the page about it.
    // Measured at 0.05–0.2 (README "Answer quality"): 0.05 and 0.1 raised Cranfield MAP, more cost nDCG@10.
    public double DocumentWeight { get; init; } = 0.05;

    // Pseudo-relevance feedback (RM3): expand the query with the words of the best first-stage passage.
    // One passage, not several: the next best passages of a question usually come from the same
    // article or page, so what they share is the page's topic, not the question's — measured, eight
    // passages cost a factual question its right passage more often than they found one (squad2 hit@1
    // 0.757 against 0.831 with one, docs-dev 0.58 against 0.62), while the best passage's own words
    // still bring a descriptive query the related documents (Cranfield MAP 0.323 either way).
    public int FeedbackPassages { get; init; } = 1;
    public int FeedbackTerms { get; init; } = 30;
    public double FeedbackWeight { get; init; } = 0.35;

    // Whether feedback also retrieves new candidates with the expanded query (a second, wider Lucene
    // query) or only re-scores the first stage's. The second query is most of the cost of a long
    // question; it finds the documents that share the best passage's words but none of the question's.
    public bool FeedbackRetrieval { get; init; } = true;

    // Feedback only for questions with at least this many content words: a short factual question is precise already.
    public int FeedbackMinTerms { get; init; } = 5;
}
