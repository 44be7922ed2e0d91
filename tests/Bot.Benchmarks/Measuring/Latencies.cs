using System.Diagnostics;

namespace Bot.Benchmarks.Measuring;

// Per-call latencies in milliseconds, with nearest-rank percentiles (p99 of 250 samples is the 3rd slowest).
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Count => _milliseconds.Count;

    public T Time<T>(Func<T> call)
    {
        var start = Stopwatch.GetTimestamp();
        var result = call();
        _milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return result;
    }

    public async Task<T> TimeAsync<T>(Func<Task<T>> call)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await call();
        _milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return result;
    }

    public void Add(double milliseconds) => _milliseconds.Add(milliseconds);

    public double Median => Percentile(50);

    public double P99 => Percentile(99);

    public double Percentile(double percent)
    {
        if (_milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = _milliseconds.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
