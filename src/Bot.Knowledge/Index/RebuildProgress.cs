namespace Bot.Knowledge.Index;

// Reported while a rebuild runs: documents done so far, of how many.
public readonly record struct RebuildProgress(int DocumentsDone, int DocumentsTotal, int Passages, string? CurrentDocument);
