using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Bot.Benchmarks.Measuring;

namespace Bot.Benchmarks.Scale;

// The scale run as Markdown: build, ask, start-up, then each target with its figure.
internal static class ScaleReport
{
    public static string Render(IReadOnlyList<ScaleRow> rows, IReadOnlyList<StartupRow> startups, string origin, IReadOnlyList<int> rounds, int startupRuns, string? botProblem)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Scale run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC; {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}.\n");
        sb.Append(CultureInfo.InvariantCulture, $"Passages sampled from {origin}.\n\n");

        var build = new MarkdownTable("Passages", "Files", "Indexed", "Build, ours (s)", "Raw Lucene (s)", "Plain FTS5 inserts (s)", "Throughput ours/Lucene", "Throughput ours/FTS5",
            "Index (MB)", "Raw Lucene (MB)", "Plain FTS5 (MB)", "Build peak RSS (MB)");
        foreach (var r in rows)
        {
            build.Add(N(r.Passages), N(r.Files), N(r.Indexed), F(r.BuildSeconds, "0.00"), F(r.RawBuildSeconds, "0.00"), F(r.PlainBuildSeconds, "0.00"),
                F(r.RawBuildSeconds / r.BuildSeconds, "0.00"), F(r.PlainBuildSeconds / r.BuildSeconds, "0.00"),
                F(r.IndexBytes / 1048576.0, "0.0"), F(r.RawIndexBytes / 1048576.0, "0.0"), F(r.PlainIndexBytes / 1048576.0, "0.0"), F(r.BuildPeakKb / 1024.0, "0"));
        }

        sb.Append("**Index build** (median of the runs; ours reads and parses the files, the baselines get the same passage texts ready in memory)\n\n").Append(build).Append('\n');

        var ask = new MarkdownTable("Passages", "Samples", "ask median / p99 (ms)", "FTS5 top-10 median / p99 (ms)", "Lucene top-10 median / p99 (ms)", "Lucene top-100 + text median / p99 (ms)",
            "FTS5 / ask (median)", "ask / Lucene top-100 (median, p99)", "First ask, cold (ms)", "Answered", "Answering peak RSS (MB)");
        foreach (var r in rows)
        {
            ask.Add(N(r.Passages), N(r.Samples), $"{F(r.AskMedian, "0.00")} / {F(r.AskP99, "0.00")}", $"{F(r.MatchMedian, "0.00")} / {F(r.MatchP99, "0.00")}",
                $"{F(r.Lucene10Median, "0.00")} / {F(r.Lucene10P99, "0.00")}", $"{F(r.Lucene100Median, "0.00")} / {F(r.Lucene100P99, "0.00")}",
                F(r.MatchMedian / r.AskMedian, "0.0"), $"{F(r.AskMedian / r.Lucene100Median, "0.0")}, {F(r.AskP99 / r.Lucene100P99, "0.0")}",
                F(r.FirstAsk, "0"), $"{r.Answered}/{r.Questions}", F(r.AnswerPeakKb / 1024.0, "0"));
        }

        sb.Append(CultureInfo.InvariantCulture, $"**Ask, warm** (rounds over the questions: {string.Join(", ", rounds)}; ask and the baselines alternately, question by question; peak RSS of a fresh process answering every question once)\n\n")
            .Append(ask).Append('\n');

        if (startups.Count > 0)
        {
            var startup = new MarkdownTable("Index", "bot ask, start to first answer line (ms)", "hello world, start to first line (ms)", "Ratio");
            foreach (var r in startups)
            {
                startup.Add(r.Index, F(r.Bot, "0"), F(r.Hello, "0"), F(r.Bot / r.Hello, "0.0"));
            }

            sb.Append(CultureInfo.InvariantCulture, $"**Start-up** (`dotnet bot.dll ask \"…\" --index … --corpus …` against `dotnet hello.dll`, median of {startupRuns} alternating runs)\n\n").Append(startup).Append('\n');
        }

        if (botProblem is not null)
        {
            sb.Append("Note: ").Append(botProblem).Append("\n\n");
        }

        sb.Append("**Targets**\n\n").Append(Targets(rows, startups));
        return sb.ToString();
    }

    private static MarkdownTable Targets(IReadOnlyList<ScaleRow> rows, IReadOnlyList<StartupRow> startups)
    {
        var table = new MarkdownTable("Target", "Index", "Measured", "Met");
        foreach (var r in rows)
        {
            Add(table, "build throughput ≥ 0.7× raw Lucene", r, r.RawBuildSeconds / r.BuildSeconds, "0.00×", v => v >= 0.7);
            Add(table, "build throughput ≥ 0.4× plain FTS5 inserts", r, r.PlainBuildSeconds / r.BuildSeconds, "0.00×", v => v >= 0.4);
            Add(table, "ask median ≥ 10× faster than FTS5 top-10", r, r.MatchMedian / r.AskMedian, "0.0×", v => v >= 10);
            Add(table, "ask median ≤ 3× Lucene top-100 with text", r, r.AskMedian / r.Lucene100Median, "0.0×", v => v <= 3);
            Add(table, "ask p99 ≤ 5× Lucene top-100 p99", r, r.AskP99 / r.Lucene100P99, "0.0×", v => v <= 5);
            Add(table, "build peak RSS < 400 MB", r, r.BuildPeakKb / 1024.0, "0 'MB'", v => v < 400);
        }

        foreach (var s in startups)
        {
            Add(table, "start-up ≤ 3× hello world", s.Index, s.Bot / s.Hello, "0.0×", v => v <= 3);
        }

        if (rows.Count > 0)
        {
            var largest = rows.MaxBy(r => r.Passages)!;
            Add(table, "answering peak RSS < 150 MB (largest index)", largest, largest.AnswerPeakKb / 1024.0, "0 'MB'", v => v < 150);
        }

        return table;
    }

    private static void Add(MarkdownTable table, string target, ScaleRow row, double value, string format, Func<double, bool> met) =>
        Add(table, target, N(row.Passages), value, format, met);

    private static void Add(MarkdownTable table, string target, string index, double value, string format, Func<double, bool> met) =>
        table.Add(target, index, F(value, format), met(value) ? "yes" : "no");

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
