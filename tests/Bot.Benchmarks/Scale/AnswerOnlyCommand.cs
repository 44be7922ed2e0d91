using Bot.Benchmarks.Baselines;
using Bot.Benchmarks.Measuring;
using Bot.Knowledge;
using Bot.Knowledge.Answers;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Indexing;

namespace Bot.Benchmarks.Scale;

/// <summary>
/// <c>answer-only --index FILE --corpus DIR --questions FILE [--rounds N]</c>, in a fresh process:
/// answers every question once and reads the peak RSS (answering only: no build, no baseline), then
/// times <c>ask</c> and the plain MATCH alternately, question by question, for N rounds, so both
/// see the same machine noise.
/// </summary>
internal static class AnswerOnlyCommand
{
    public const string Verb = "answer-only";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new CommandArgs(args);
        var path = options.Required("--index");
        var corpus = options.Required("--corpus");
        var questions = File.ReadAllLines(options.Required("--questions")).Where(q => q.Length > 0).ToList();
        var rounds = options.Int("--rounds", 5);

        using var index = new KnowledgeIndex(path, new FolderDocumentSource(corpus));
        var knowledge = new KnowledgeBase(index, new KnowledgeOptions { CorpusPath = corpus, IndexPath = path });

        var cold = new Latencies();
        await cold.TimeAsync(() => knowledge.AskAsync(questions[0]));
        var answered = 0;
        foreach (var question in questions)
        {
            answered += (await knowledge.AskAsync(question)).Status == AnswerStatus.Answered ? 1 : 0;
        }

        ChildReport.Write("first_ask_ms", cold.Median);
        ChildReport.Write("answered", answered);
        ChildReport.Write("questions", questions.Count);
        ChildReport.Write("answer_peak_kb", ProcessMemory.PeakKilobytes());

        using var plain = new PlainFtsMatch(path);
        var asked = questions.Select(q => (Question: q, Match: PlainFtsMatch.QueryFor(q))).Where(q => q.Match is not null).ToList();
        foreach (var (_, match) in asked)
        {
            plain.Run(match!); // warm the baseline's connection and pages too
        }

        var ask = new Latencies();
        var baseline = new Latencies();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (question, match) in asked)
            {
                await ask.TimeAsync(() => knowledge.AskAsync(question));
                baseline.Time(() => plain.Run(match!));
            }
        }

        ChildReport.Write("samples", ask.Count);
        ChildReport.Write("ask_median_ms", ask.Median);
        ChildReport.Write("ask_p99_ms", ask.P99);
        ChildReport.Write("match_median_ms", baseline.Median);
        ChildReport.Write("match_p99_ms", baseline.P99);
        ChildReport.Write("final_peak_kb", ProcessMemory.PeakKilobytes());
        return 0;
    }
}
