using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Bot.Benchmarks.Corpora;

namespace Bot.Benchmarks.Benchmarks;

// What every benchmark class shares; the jobs and the target columns are on the classes.
internal static class SuiteConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        // Results and logs go to the cache, not into the working folder (the repository root under `dotnet run`).
        .WithArtifactsPath(Path.Combine(BenchPaths.Cache, "artifacts"))
        .AddColumn(StatisticColumn.Median);
}
