using System.Globalization;
using Bot.Benchmarks.Corpora;
using Bot.Benchmarks.Measuring;

namespace Bot.Benchmarks.Scale;

/// <summary>
/// <c>scale [--sizes 10000,100000,1000000] [--questions 50] [--rounds 5] [--build-runs N] [--startup-runs 5]</c>:
/// for each size, builds the index (ours and the plain baseline, each in a fresh process), answers
/// the fixed questions (ask and the plain MATCH alternately, in a fresh process that also reports
/// its peak RSS) and times a cold <c>bot ask</c> against a hello world; prints Markdown tables.
/// </summary>
internal static class ScaleCommand
{
    public const string Verb = "scale";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new CommandArgs(args);
        var sizes = (options.Get("--sizes") ?? "10000,100000").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(BenchCorpus.ParseSize).ToList();
        var rounds = options.Int("--rounds", 5);
        var startupRuns = options.Int("--startup-runs", 5);
        var source = TextSource.Load();
        var questions = QuestionSet.ForGenerated(source, options.Int("--questions", QuestionSet.DefaultCount));
        var questionsFile = Path.Combine(BenchPaths.Cache, "scale-questions.txt");
        await File.WriteAllLinesAsync(questionsFile, questions);
        Progress($"Passages sampled from {source.Origin}; {questions.Count} questions");

        var (bot, botProblem) = await BotExecutable.EnsureAsync();
        var hello = await HelloWorldApp.EnsureAsync();
        if (botProblem is not null)
        {
            Progress(botProblem);
        }

        var rows = new List<ScaleRow>();
        foreach (var size in sizes)
        {
            Progress($"== {size:N0} passages");
            var folder = GeneratedCorpus.Ensure(source, size);
            var indexPath = Path.Combine(BenchPaths.Cache, $"scale-{size}.sqlite");
            var (ours, plain) = await BuildAsync(folder, indexPath, options.Int("--build-runs", size <= 100_000 ? 3 : 1));
            Progress("answering");
            var answers = await ChildProcess.RunSelfAsync(AnswerOnlyCommand.Verb, "--index", indexPath, "--corpus", folder,
                "--questions", questionsFile, "--rounds", rounds.ToString(CultureInfo.InvariantCulture));
            var (startup, helloStartup) = bot is null ? (null, null) : await StartupAsync(bot, hello, questions[0], indexPath, folder, startupRuns);
            rows.Add(new ScaleRow(
                size,
                Directory.GetFiles(folder).Length,
                ours.Seconds,
                plain.Seconds,
                ours.SizeBytes,
                plain.SizeBytes,
                ours.PeakKb,
                answers.Number("ask_median_ms"),
                answers.Number("ask_p99_ms"),
                answers.Number("match_median_ms"),
                answers.Number("match_p99_ms"),
                (int)answers.Number("samples"),
                answers.Number("first_ask_ms"),
                (long)answers.Number("answer_peak_kb"),
                (int)answers.Number("answered"),
                (int)answers.Number("questions"),
                startup,
                helloStartup));
        }

        Console.Out.Write(ScaleReport.Render(rows, source.Origin, rounds, startupRuns, botProblem));
        return 0;
    }

    /// <summary>Ours and the baseline alternately, each build in a fresh process; the median run of each.</summary>
    private static async Task<(BuildRun Ours, BuildRun Plain)> BuildAsync(string folder, string indexPath, int runs)
    {
        var plainPath = Path.ChangeExtension(indexPath, ".plain.sqlite");
        var ours = new List<BuildRun>();
        var plain = new List<BuildRun>();
        for (var run = 0; run < runs; run++)
        {
            Progress($"build {run + 1}/{runs}: ours");
            ours.Add(BuildRun.From(await ChildProcess.RunSelfAsync(BuildOnlyCommand.Verb, "--corpus", folder, "--index", indexPath)));
            Progress($"build {run + 1}/{runs}: plain FTS5 inserts");
            plain.Add(BuildRun.From(await ChildProcess.RunSelfAsync(BuildOnlyCommand.Verb, "--corpus", folder, "--index", plainPath, "--plain")));
            File.Delete(plainPath);
        }

        return (BuildRun.Median(ours), BuildRun.Median(plain));
    }

    /// <summary>Hello world and <c>bot ask</c> alternately after one unmeasured run of each (disk cache); the medians.</summary>
    private static async Task<(double?, double?)> StartupAsync(string bot, string hello, string question, string indexPath, string folder, int runs)
    {
        Progress("start-up");
        string[] botArgs = [bot, "ask", question, "--index", indexPath, "--corpus", folder];
        var cwd = BenchPaths.Cache;
        await StartupProbe.FirstLineMillisecondsAsync(cwd, hello);
        await StartupProbe.FirstLineMillisecondsAsync(cwd, botArgs);
        var botTimes = new Latencies();
        var helloTimes = new Latencies();
        for (var run = 0; run < runs; run++)
        {
            helloTimes.Add(await StartupProbe.FirstLineMillisecondsAsync(cwd, hello));
            botTimes.Add(await StartupProbe.FirstLineMillisecondsAsync(cwd, botArgs));
        }

        return (botTimes.Median, helloTimes.Median);
    }

    private static void Progress(string message) => Console.Error.WriteLine("[scale] " + message);
}
