using System.Globalization;
using Bot.Benchmarks.Corpora;
using Bot.Benchmarks.Measuring;

namespace Bot.Benchmarks.Scale;

// scale [--sizes 10000,100000,1000000] [--questions 50] [--rounds N] [--build-runs N] [--startup-runs 5]:
// for each size, builds the index (ours, the plain FTS5 baseline and the raw Lucene baseline, each in
// a fresh process), answers the fixed questions (ask and the baselines alternately, in a fresh
// process that also reports its peak RSS) and times a cold bot ask against a hello world, on the seeds and on each
// size; prints Markdown tables. Sizes of 1M and more default to one build and one round: at that
// size a build takes many minutes and an answer seconds.
internal static class ScaleCommand
{
    public const string Verb = "scale";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new CommandArgs(args);
        var sizes = (options.Get("--sizes") ?? "10000,100000").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(BenchCorpus.ParseSize).ToList();
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
        var startups = new List<StartupRow>();
        if (bot is not null)
        {
            var seeds = BenchCorpus.Get(BenchCorpus.SeedsName);
            startups.Add(await StartupAsync(bot, hello, seeds.Name, seeds.Questions[0], await IndexCache.EnsureAsync(seeds), seeds.Folder, startupRuns));
        }

        var rounds = new List<int>();
        foreach (var size in sizes)
        {
            var large = size >= 1_000_000;
            rounds.Add(options.Int("--rounds", large ? 1 : 5));
            Progress($"== {size:N0} passages");
            var folder = GeneratedCorpus.Ensure(source, size);
            var indexPath = Path.Combine(BenchPaths.Cache, $"scale-{size}");
            var plainPath = Path.Combine(BenchPaths.Cache, $"scale-{size}.plain.sqlite");
            var rawPath = Path.Combine(BenchPaths.Cache, $"scale-{size}.lucene");
            var (ours, plain, raw) = await BuildAsync(folder, indexPath, plainPath, rawPath, options.Int("--build-runs", large ? 1 : 3));
            Progress("answering");
            var answers = await ChildProcess.RunSelfAsync(AnswerOnlyCommand.Verb, "--index", indexPath, "--corpus", folder, "--plain", plainPath, "--lucene", rawPath,
                "--questions", questionsFile, "--rounds", rounds[^1].ToString(CultureInfo.InvariantCulture));
            if (bot is not null)
            {
                startups.Add(await StartupAsync(bot, hello, size.ToString("N0", CultureInfo.InvariantCulture), questions[0], indexPath, folder, startupRuns));
            }

            File.Delete(plainPath);
            Directory.Delete(rawPath, recursive: true);
            rows.Add(new ScaleRow(
                size,
                Directory.GetFiles(folder).Length,
                ours.Passages,
                ours.Seconds,
                plain.Seconds,
                raw.Seconds,
                ours.SizeBytes,
                plain.SizeBytes,
                raw.SizeBytes,
                ours.PeakKb,
                answers.Number("ask_median_ms"),
                answers.Number("ask_p99_ms"),
                answers.Number("match_median_ms"),
                answers.Number("match_p99_ms"),
                answers.Number("lucene10_median_ms"),
                answers.Number("lucene10_p99_ms"),
                answers.Number("lucene100_median_ms"),
                answers.Number("lucene100_p99_ms"),
                (int)answers.Number("samples"),
                answers.Number("first_ask_ms"),
                (long)answers.Number("answer_peak_kb"),
                (int)answers.Number("answered"),
                (int)answers.Number("questions")));
        }

        Console.Out.Write(ScaleReport.Render(rows, startups, source.Origin, rounds, startupRuns, botProblem));
        return 0;
    }

    // Ours and the baselines alternately, each build in a fresh process; the median run of each (the last builds stay for answering).
    private static async Task<(BuildRun Ours, BuildRun Plain, BuildRun Raw)> BuildAsync(string folder, string indexPath, string plainPath, string rawPath, int runs)
    {
        var ours = new List<BuildRun>();
        var plain = new List<BuildRun>();
        var raw = new List<BuildRun>();
        for (var run = 0; run < runs; run++)
        {
            Progress($"build {run + 1}/{runs}: ours");
            ours.Add(BuildRun.From(await ChildProcess.RunSelfAsync(BuildOnlyCommand.Verb, "--corpus", folder, "--index", indexPath)));
            Progress($"build {run + 1}/{runs}: plain FTS5 inserts");
            plain.Add(BuildRun.From(await ChildProcess.RunSelfAsync(BuildOnlyCommand.Verb, "--corpus", folder, "--index", plainPath, "--plain")));
            Progress($"build {run + 1}/{runs}: raw Lucene AddDocument");
            raw.Add(BuildRun.From(await ChildProcess.RunSelfAsync(BuildOnlyCommand.Verb, "--corpus", folder, "--index", rawPath, "--lucene")));
        }

        return (BuildRun.Median(ours), BuildRun.Median(plain), BuildRun.Median(raw));
    }

    // Hello world and bot ask alternately after one unmeasured run of each (disk cache); the medians.
    private static async Task<StartupRow> StartupAsync(string bot, string hello, string label, string question, string indexPath, string folder, int runs)
    {
        Progress("start-up on " + label);
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

        return new StartupRow(label, botTimes.Median, helloTimes.Median);
    }

    private static void Progress(string message) => Console.Error.WriteLine("[scale] " + message);
}
