namespace Bot.Knowledge.Index;

/// <summary>What started a rebuild; recorded in the generation's commit so status can say it.</summary>
public enum RebuildTrigger
{
    /// <summary>A missing or stale index found at start (or on the first question).</summary>
    Startup,

    /// <summary>An admin's reindex command or <c>bot index rebuild</c>.</summary>
    Admin,

    /// <summary>The corpus watcher saw documents added, edited, renamed or deleted.</summary>
    CorpusChange,

    /// <summary>A read of the serving generation failed.</summary>
    Damage,
}
