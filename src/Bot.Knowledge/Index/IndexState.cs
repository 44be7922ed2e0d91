namespace Bot.Knowledge.Index;

public enum IndexState
{
    // Built from the corpus as it is now.
    Current,

    // No index yet.
    Missing,

    // Built from another version of the corpus or by an older schema.
    Stale,

    // The index exists but cannot be read (damaged files, missing files, not an index); a rebuild is started.
    Damaged,
}
