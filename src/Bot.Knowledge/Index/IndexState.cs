namespace Bot.Knowledge.Index;

public enum IndexState
{
    /// <summary>Built from the corpus as it is now.</summary>
    Current,

    /// <summary>No index yet.</summary>
    Missing,

    /// <summary>Built from another version of the corpus or by an older schema.</summary>
    Stale,

    /// <summary>The index exists but cannot be read (damaged files, missing files, not an index); a rebuild is started.</summary>
    Damaged,
}
