using Bot.Benchmarks.Baselines;
using Bot.Benchmarks.Measuring;
using Bot.Knowledge;
using Bot.Knowledge.Answers;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;

namespace Bot.Benchmarks.Scale;

// answer-only --index DIR --corpus DIR --plain FILE --lucene DIR --questions FILE [--rounds N],
// in a fresh process: answers every question once and reads the peak RSS (answering only: no build,
// no baseline), then times ask, the plain FTS5 MATCH and raw Lucene (top 10; top 100 with
// text) alternately, question by question, for N rounds, so all see the same machine noise.
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

        using var plain = new PlainFtsMatch(options.Required("--plain"));
        using var raw = new RawLuceneSearch(options.Required("--lucene"));
        var asked = questions.Select(q => (Question: q, Match: PlainFtsMatch.QueryFor(q), Query: RawLuceneSearch.QueryFor(q))).Where(q => q.Match is not null && q.Query is not null).ToList();
        foreach (var (_, match, query) in asked)
        {
            plain.Run(match!); // warm the baselines' connection, readers and pages too
            raw.Top100WithText(query!);
        }

        var ask = new Latencies();
        var baseline = new Latencies();
        var top10 = new Latencies();
        var top100 = new Latencies();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (question, match, query) in asked)
            {
                await ask.TimeAsync(() => knowledge.AskAsync(question));
                baseline.Time(() => plain.Run(match!));
                top10.Time(() => raw.Top10(query!));
                top100.Time(() => raw.Top100WithText(query!));
            }
        }

        ChildReport.Write("lucene10_median_ms", top10.Median);
        ChildReport.Write("lucene10_p99_ms", top10.P99);
        ChildReport.Write("lucene100_median_ms", top100.Median);
        ChildReport.Write("lucene100_p99_ms", top100.P99);

        ChildReport.Write("samples", ask.Count);
        ChildReport.Write("ask_median_ms", ask.Median);
        ChildReport.Write("ask_p99_ms", ask.P99);
        ChildReport.Write("match_median_ms", baseline.Median);
        ChildReport.Write("match_p99_ms", baseline.P99);
        ChildReport.Write("final_peak_kb", ProcessMemory.PeakKilobytes());
        return 0;
    }
}
