using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Bot.Benchmarks.Benchmarks;

// A percentile of the measured iterations (BenchmarkDotNet has P95 but no P99), or with
// relative that percentile divided by the baseline's in the same run, the figure the
// targets are stated in ("median ≤ 2×, p99 ≤ 5× the plain query").
internal sealed class PercentileColumn(int percentile, bool relative) : IColumn
{
    public string Id => ColumnName;

    public string ColumnName => (percentile == 50 ? "Median" : "P" + percentile.ToString(CultureInfo.InvariantCulture)) + (relative ? " ratio" : "");

    public bool AlwaysShow => true;

    public ColumnCategory Category => relative ? ColumnCategory.Baseline : ColumnCategory.Statistics;

    public int PriorityInCategory => percentile;

    public bool IsNumeric => true;

    public UnitType UnitType => relative ? UnitType.Dimensionless : UnitType.Time;

    public string Legend => relative
        ? $"{ColumnName[..^6]} of this method / {ColumnName[..^6]} of the baseline, same run"
        : $"{percentile}th percentile of all measured iterations";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (summary[benchmarkCase]?.ResultStatistics is not { } statistics)
        {
            return "NA";
        }

        var value = statistics.Percentiles.Percentile(percentile);
        if (!relative)
        {
            return FormatTime(value);
        }

        var baseline = summary.GetBaseline(summary.GetLogicalGroupKey(benchmarkCase));
        return baseline is not null && summary[baseline]?.ResultStatistics is { } b && b.Percentiles.Percentile(percentile) > 0
            ? (value / b.Percentiles.Percentile(percentile)).ToString("0.00", CultureInfo.InvariantCulture)
            : "?";
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    // Nanoseconds in the unit that keeps 3-4 significant digits.
    internal static string FormatTime(double nanoseconds) => nanoseconds switch
    {
        >= 1e9 => (nanoseconds / 1e9).ToString("0.000 's'", CultureInfo.InvariantCulture),
        >= 1e6 => (nanoseconds / 1e6).ToString("0.000 'ms'", CultureInfo.InvariantCulture),
        >= 1e3 => (nanoseconds / 1e3).ToString("0.000 'μs'", CultureInfo.InvariantCulture),
        _ => nanoseconds.ToString("0.0 'ns'", CultureInfo.InvariantCulture),
    };
}
