using BenchmarkDotNet.Configs;

namespace Bot.Benchmarks.Benchmarks;

// The build target is a throughput ratio (≥ 0.5× plain inserts), so it gets its own column.
internal sealed class BuildColumns : ManualConfig
{
    public BuildColumns() => AddColumn(new ThroughputColumn());
}
