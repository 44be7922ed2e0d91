namespace Bot.Knowledge.Documents;

// A file that could not be read or decoded; reported by name, the rest of the corpus is still indexed.
public sealed record SkippedFile(string RelativePath, string Reason);
