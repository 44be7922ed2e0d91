using System.CommandLine;
using Bot.Knowledge;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Evaluation;
using Bot.Knowledge.Index;
using Bot.Output;
using Bot.Terminal;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.CommandLine;

// bot eval QUESTIONS.jsonl: hit@1, hit@3, MRR, answer-contains and refusals on the corpus;
// bot eval --cranfield DIR: MAP and nDCG@10 on the Cranfield collection (indexed in a temp folder);
// bot eval --sets FILE: several (questions, corpus) pairs and Cranfield, one table;
// bot eval --followups FILE: follow-up pairs asked with and without their conversation.
internal static class EvalVerb
{
    public static Command Create(Option<string?> corpus, Option<string?> index)
    {
        var questions = new Argument<FileInfo?>("questions") { Description = "A JSONL file of questions (the dev-questions.jsonl format).", Arity = ArgumentArity.ZeroOrOne };
        var cranfield = new Option<DirectoryInfo?>("--cranfield") { Description = "A folder with cran.all.1400, cran.qry and cranqrel." };
        var sets = new Option<FileInfo?>("--sets") { Description = "A JSON array of sets ({\"name\", \"questions\", \"corpus\"} or {\"name\", \"cranfield\"}); each corpus is indexed once in a temp folder and one table is printed." };
        var followUps = new Option<FileInfo?>("--followups") { Description = "A JSONL file of follow-up pairs (first, followup, gold; tests/eval/followups.jsonl): hit@1 and answer-contains of each follow-up asked with its conversation and alone." };
        var json = new Option<bool>("--json") { Description = "Print a JSON summary (one object; an array with --sets) instead of the table." };
        var misses = new Option<bool>("--misses") { Description = "With --sets: also print each set's report with its misses." };
        var minConfidence = new Option<double>("--min-confidence") { Description = "With --sets: refuse answers below this confidence (0-1), as Knowledge:MinConfidence does, to see what a threshold costs." };
        minConfidence.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or > 1)
            {
                r.AddError("--min-confidence must be from 0 to 1.");
            }
        });
        var command = new Command("eval", "Measure answers: a questions file on the corpus, several sets, or the Cranfield collection.") { questions, cranfield, sets, followUps, json, misses, minConfidence };
        command.SetAction(async (parse, ct) =>
        {
            var asJson = parse.GetValue(json);
            if (parse.GetValue(sets) is { } setsFile)
            {
                return await SetsAsync(setsFile, asJson, parse.GetValue(misses), parse.GetValue(minConfidence), ct).ConfigureAwait(false);
            }

            if (parse.GetValue(followUps) is { } pairsFile)
            {
                return await FollowUpsAsync(pairsFile, asJson, parse.GetValue(corpus), parse.GetValue(index), ct).ConfigureAwait(false);
            }

            if (parse.GetValue(cranfield) is { } folder)
            {
                return await CranfieldAsync(folder, asJson, ct).ConfigureAwait(false);
            }

            if (parse.GetValue(questions) is not { } file)
            {
                await Console.Error.WriteLineAsync("error: give a questions file, --sets FILE or --cranfield DIR.").ConfigureAwait(false);
                return VerbRunner.Failed;
            }

            if (!file.Exists)
            {
                await Console.Error.WriteLineAsync($"error: the questions file '{file.FullName}' does not exist.").ConfigureAwait(false);
                return VerbRunner.Failed;
            }

            return await VerbRunner.RunAsync(parse.GetValue(corpus), parse.GetValue(index), async (services, token) =>
            {
                // Read first: a malformed line (FormatException naming file:line) stops before any indexing.
                var devQuestions = DevQuestion.Load(file.FullName);
                var knowledge = services.GetRequiredService<KnowledgeBase>();
                await RebuildDisplay.EnsureCurrentAsync(knowledge.Index, token).ConfigureAwait(false);
                var report = await DevSetEvaluator.EvaluateAsync(knowledge, devQuestions, cancellationToken: token).ConfigureAwait(false);
                await Console.Out.WriteLineAsync(asJson
                    ? JsonOutput.Serialize(EvalSummaryJson.From(new EvalSetResult(Path.GetFileNameWithoutExtension(file.Name), report, null)))
                    : report.Format()).ConfigureAwait(false);
                return VerbRunner.Ok;
            }, ct).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> FollowUpsAsync(FileInfo file, bool asJson, string? corpus, string? index, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync($"error: the follow-ups file '{file.FullName}' does not exist.").ConfigureAwait(false);
            return VerbRunner.Failed;
        }

        return await VerbRunner.RunAsync(corpus, index, async (services, token) =>
        {
            // Read first: a malformed line (FormatException naming file:line) stops before any indexing.
            var pairs = FollowUpPair.Load(file.FullName);
            var knowledge = services.GetRequiredService<KnowledgeBase>();
            await RebuildDisplay.EnsureCurrentAsync(knowledge.Index, token).ConfigureAwait(false);
            var report = await FollowUpEvaluator.EvaluateAsync(knowledge, pairs, cancellationToken: token).ConfigureAwait(false);
            await Console.Out.WriteLineAsync(asJson
                ? JsonOutput.Serialize(FollowUpSummaryJson.From(Path.GetFileNameWithoutExtension(file.Name), report))
                : report.Format()).ConfigureAwait(false);
            return VerbRunner.Ok;
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> SetsAsync(FileInfo file, bool asJson, bool withMisses, double minConfidence, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            await Console.Error.WriteLineAsync($"error: the sets file '{file.FullName}' does not exist.").ConfigureAwait(false);
            return VerbRunner.Failed;
        }

        try
        {
            var list = EvalSet.Load(file.FullName);
            var progress = new Progress<string>(line => Console.Error.WriteLine(line));
            var results = await EvalSetRunner.RunAsync(list, progress, minConfidence, cancellationToken).ConfigureAwait(false);
            if (asJson)
            {
                await Console.Out.WriteLineAsync(JsonOutput.Serialize(results.Select(EvalSummaryJson.From).ToList())).ConfigureAwait(false);
                return VerbRunner.Ok;
            }

            if (withMisses)
            {
                foreach (var r in results.Where(r => r.Questions is not null))
                {
                    await Console.Out.WriteLineAsync($"## {r.Name}\n{r.Questions!.Format()}\n").ConfigureAwait(false);
                }
            }

            await Console.Out.WriteLineAsync(EvalTable.Format(results)).ConfigureAwait(false);
            return VerbRunner.Ok;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or CorpusException)
        {
            await Console.Error.WriteLineAsync("error: " + e.Message).ConfigureAwait(false);
            return VerbRunner.Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return VerbRunner.Failed;
        }
    }

    private static async Task<int> CranfieldAsync(DirectoryInfo folder, bool asJson, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(folder.FullName, "cran.all.1400")))
        {
            await Console.Error.WriteLineAsync($"error: {folder.FullName} has no cran.all.1400.").ConfigureAwait(false);
            return VerbRunner.Failed;
        }

        var collection = CranfieldDataset.Load(folder.FullName);
        var work = Path.Combine(Path.GetTempPath(), "bot-cranfield-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            collection.Export(Path.Combine(work, "corpus"));
            using var index = new KnowledgeIndex(Path.Combine(work, "index"), new FolderDocumentSource(Path.Combine(work, "corpus")));
            var built = await index.RebuildAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            if (built.Outcome != RebuildOutcome.Rebuilt)
            {
                await Console.Error.WriteLineAsync("error: " + built.Error).ConfigureAwait(false);
                return VerbRunner.Failed;
            }

            var knowledge = new KnowledgeBase(index, new KnowledgeOptions { CorpusPath = Path.Combine(work, "corpus"), IndexPath = index.IndexPath });
            var report = await CranfieldEvaluator.EvaluateAsync(knowledge, collection, cancellationToken).ConfigureAwait(false);
            await Console.Out.WriteLineAsync(asJson
                ? JsonOutput.Serialize(EvalSummaryJson.From(new EvalSetResult("cranfield", null, report)))
                : $"{Chat.Rendering.Count.Of(built.Documents, "document")}, {Chat.Rendering.Count.Of(built.Passages, "passage")}\n{report.Format()}").ConfigureAwait(false);
            return VerbRunner.Ok;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
