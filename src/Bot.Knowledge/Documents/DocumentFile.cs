using Bot.Knowledge.Passages;

namespace Bot.Knowledge.Documents;

/// <summary>One file of the corpus as read from disk: its path relative to the corpus folder and its decoded text.</summary>
public sealed record DocumentFile(string RelativePath, string Text, long Length, DateTimeOffset LastWriteUtc)
{
    /// <summary>The raw bytes of a binary format (PDF, DOCX), whose <see cref="Text"/> is empty; null for text formats.</summary>
    public ReadOnlyMemory<byte>? Bytes { get; init; }

    /// <summary>The longest passage to make from this file (Knowledge:MaxPassageChars).</summary>
    public int MaxPassageChars { get; init; } = PassageLimits.DefaultMaxChars;

    /// <summary>
    /// A binary file already read (the source reads PDF and DOCX itself so an unreadable one is
    /// skipped with its reason instead of failing the build); parsing again would repeat the work.
    /// </summary>
    internal SourceDocument? Parsed { get; init; }
}
