namespace Bot.Knowledge.Documents;

/// <summary>What identifies a version of a file without reading it: path, size and modification time.</summary>
public readonly record struct DocumentStamp(string RelativePath, long Length, DateTimeOffset LastWriteUtc);
