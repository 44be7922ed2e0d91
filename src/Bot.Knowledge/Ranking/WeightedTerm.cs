namespace Bot.Knowledge.Ranking;

/// <summary>A stem the reranker scores: its weight in the (possibly expanded) query and its idf in the corpus.</summary>
internal readonly record struct WeightedTerm(string Stem, double QueryWeight, double Idf);
