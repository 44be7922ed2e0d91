using Bot.Knowledge.Passages;

namespace Bot.Knowledge.Documents;

// One file of the corpus as read from disk: its path relative to the corpus folder and its decoded text.
public sealed record DocumentFile(string RelativePath, string Text, long Length, DateTimeOffset LastWriteUtc)
{
    // The raw bytes of a binary format (PDF, DOCX), whose Text is empty; null for text formats.
    public ReadOnlyMemory<byte>? Bytes { get; init; }

    // The longest passage to make from this file (Knowledge:MaxPassageChars).
    public int MaxPassageChars { get; init; } = PassageLimits.DefaultMaxChars;

    // A binary file already read (the source reads PDF and DOCX itself so an unreadable one is
    // skipped with its reason instead of failing the build); parsing again would repeat the work.
    internal SourceDocument? Parsed { get; init; }
}
