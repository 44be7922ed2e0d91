namespace Bot.Knowledge.Indexing;

/// <summary>What an index file records about itself.</summary>
public sealed record IndexInfo(int SchemaVersion, string Fingerprint, DateTimeOffset BuiltAt, int Documents, int Passages, string Corpus);
