using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Index;

// What a rebuild did: counts and time when it ran, the reason when it did not.
public sealed record RebuildResult(
    RebuildOutcome Outcome,
    int Documents,
    int Passages,
    TimeSpan Elapsed,
    IReadOnlyList<SkippedFile> Skipped,
    string? Error)
{
    public static RebuildResult Busy { get; } = new(RebuildOutcome.AlreadyRunning, 0, 0, TimeSpan.Zero, [], "A rebuild is already running.");

    public static RebuildResult Fail(string error, TimeSpan elapsed) => new(RebuildOutcome.Failed, 0, 0, elapsed, [], error);
}
