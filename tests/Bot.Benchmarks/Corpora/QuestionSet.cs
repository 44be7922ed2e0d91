using Bot.Knowledge.Evaluation;

namespace Bot.Benchmarks.Corpora;

// The fixed questions each corpus is asked: Cranfield's queries for the Cranfield-made corpora, the dev questions for the seeds.
internal static class QuestionSet
{
    public const int DefaultCount = 50;

    public static IReadOnlyList<string> ForGenerated(TextSource source, int count = DefaultCount) =>
        source.Name == "cranfield" && BenchPaths.Cranfield is { } folder
            ? CranfieldDataset.Load(folder).Queries.Take(count).ToList()
            : ForSeeds().Take(count).ToList();

    // The seeds' dev and extra questions (answerable and not), 47 in all.
    public static IReadOnlyList<string> ForSeeds() =>
        new[] { "dev-questions.jsonl", "extra-questions.jsonl" }
            .SelectMany(file => DevQuestion.Load(BenchPaths.EvalQuestions(file)))
            .Select(q => q.Question)
            .ToList();
}
