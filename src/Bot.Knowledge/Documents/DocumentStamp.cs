namespace Bot.Knowledge.Documents;

// What identifies a version of a file without reading it: path, size and modification time.
public readonly record struct DocumentStamp(string RelativePath, long Length, DateTimeOffset LastWriteUtc);
