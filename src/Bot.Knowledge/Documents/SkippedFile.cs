namespace Bot.Knowledge.Documents;

/// <summary>A file that could not be read or decoded; reported by name, the rest of the corpus is still indexed.</summary>
public sealed record SkippedFile(string RelativePath, string Reason);
