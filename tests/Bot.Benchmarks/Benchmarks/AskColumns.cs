using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace Bot.Benchmarks.Benchmarks;

// The ask targets are per-question percentiles against the baseline's: median ≤ 2×, p99 ≤ 5×.
internal sealed class AskColumns : ManualConfig
{
    public AskColumns() => AddColumn(
        StatisticColumn.P95,
        new PercentileColumn(99, relative: false),
        new PercentileColumn(50, relative: true),
        new PercentileColumn(99, relative: true));
}
