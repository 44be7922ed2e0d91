namespace Bot.Knowledge.Ranking;

// What BM25 needs to know about the whole index: how many passages, and their average lengths (in terms).
internal sealed record CorpusStats(int Passages, double AverageLength, double AverageTitleLength);
