namespace Bot.Knowledge.Index;

// What started a rebuild; recorded in the generation's commit so status can say it.
public enum RebuildTrigger
{
    // A missing or stale index found at start (or on the first question).
    Startup,

    // An admin's reindex command or bot index rebuild.
    Admin,

    // The corpus watcher saw documents added, edited, renamed or deleted.
    CorpusChange,

    // A read of the serving generation failed.
    Damage,
}
