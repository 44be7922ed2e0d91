namespace Bot.Knowledge.Ranking;

// A stem the reranker scores: its weight in the (possibly expanded) query and its idf in the corpus.
// StandsFor is the question's stem when this one is another spelling of it ("defense" for "defence").
internal readonly record struct WeightedTerm(string Stem, double QueryWeight, double Idf, string? StandsFor = null);
