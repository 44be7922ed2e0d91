namespace Bot.Knowledge.Index;

/// <summary>What an index generation records about itself (in its Lucene commit user data).</summary>
public sealed record IndexInfo(int SchemaVersion, string Fingerprint, DateTimeOffset BuiltAt, int Documents, int Passages, string Corpus)
{
    /// <summary>The corpus content hash, for a corpus whose files were touched but not changed (a fresh clone).</summary>
    public string? ContentHash { get; init; }

    internal double AverageLength { get; init; }

    internal double AverageTitleLength { get; init; }
}
