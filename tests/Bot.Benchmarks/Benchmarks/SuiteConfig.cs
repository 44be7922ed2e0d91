using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Bot.Benchmarks.Corpora;

namespace Bot.Benchmarks.Benchmarks;

/// <summary>What every benchmark class reports besides BenchmarkDotNet's defaults; the jobs are on the classes.</summary>
internal static class SuiteConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        // Results and logs go to the cache, not into the working folder (the repository root under `dotnet run`).
        .WithArtifactsPath(Path.Combine(BenchPaths.Cache, "artifacts"))
        .AddColumn(
            StatisticColumn.P95,
            new PercentileColumn(50, relative: false),
            new PercentileColumn(99, relative: false),
            new PercentileColumn(50, relative: true),
            new PercentileColumn(99, relative: true));
}
