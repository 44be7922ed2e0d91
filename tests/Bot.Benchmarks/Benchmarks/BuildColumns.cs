using BenchmarkDotNet.Configs;

namespace Bot.Benchmarks.Benchmarks;

/// <summary>The build target is a throughput ratio (≥ 0.5× plain inserts), so it gets its own column.</summary>
internal sealed class BuildColumns : ManualConfig
{
    public BuildColumns() => AddColumn(new ThroughputColumn());
}
