namespace Bot.Knowledge.Index;

public enum RebuildOutcome
{
    Rebuilt,
    AlreadyRunning,
    Failed,
}
