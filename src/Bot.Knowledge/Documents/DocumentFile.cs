namespace Bot.Knowledge.Documents;

/// <summary>One file of the corpus as read from disk: its path relative to the corpus folder and its decoded text.</summary>
public sealed record DocumentFile(string RelativePath, string Text, long Length, DateTimeOffset LastWriteUtc);
