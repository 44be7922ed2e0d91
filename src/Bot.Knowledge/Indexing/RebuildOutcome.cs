namespace Bot.Knowledge.Indexing;

public enum RebuildOutcome
{
    Rebuilt,
    AlreadyRunning,
    Failed,
}
