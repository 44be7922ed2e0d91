namespace Bot.Knowledge.Index;

// What an index generation records about itself (in its Lucene commit user data).
public sealed record IndexInfo(int SchemaVersion, string Fingerprint, DateTimeOffset BuiltAt, int Documents, int Passages, string Corpus)
{
    // The corpus content hash, for a corpus whose files were touched but not changed (a fresh clone).
    public string? ContentHash { get; init; }

    // What started the build that wrote this generation (null for one written before this was recorded).
    public RebuildTrigger? Trigger { get; init; }

    internal double AverageLength { get; init; }

    internal double AverageTitleLength { get; init; }
}
