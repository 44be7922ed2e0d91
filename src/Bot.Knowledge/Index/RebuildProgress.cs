namespace Bot.Knowledge.Index;

/// <summary>Reported while a rebuild runs: documents done so far, of how many.</summary>
public readonly record struct RebuildProgress(int DocumentsDone, int DocumentsTotal, int Passages, string? CurrentDocument);
