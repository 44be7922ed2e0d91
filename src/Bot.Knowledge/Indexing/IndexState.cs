namespace Bot.Knowledge.Indexing;

public enum IndexState
{
    /// <summary>Built from the corpus as it is now.</summary>
    Current,

    /// <summary>No index file yet.</summary>
    Missing,

    /// <summary>Built from another version of the corpus or by an older schema.</summary>
    Stale,

    /// <summary>The file exists but cannot be read as an index (corrupt, truncated, not SQLite).</summary>
    Unreadable,
}
