namespace Bot.Knowledge.Ranking;

// A stem the reranker scores: its weight in the (possibly expanded) query and its idf in the corpus.
internal readonly record struct WeightedTerm(string Stem, double QueryWeight, double Idf);
