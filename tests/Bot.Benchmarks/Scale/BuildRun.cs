using Bot.Benchmarks.Measuring;

namespace Bot.Benchmarks.Scale;

// One build as a child process reported it.
internal sealed record BuildRun(double Seconds, int Passages, long SizeBytes, long PeakKb)
{
    public static BuildRun From(ChildReport report) =>
        new(report.Number("seconds"), (int)report.Number("passages"), (long)report.Number("size_bytes"), (long)report.Number("peak_kb"));

    public static BuildRun Median(IReadOnlyList<BuildRun> runs) => runs.OrderBy(r => r.Seconds).ElementAt(runs.Count / 2);
}
