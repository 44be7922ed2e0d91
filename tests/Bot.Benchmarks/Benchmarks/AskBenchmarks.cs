using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bot.Benchmarks.Baselines;
using Bot.Benchmarks.Corpora;
using Bot.Knowledge;
using Bot.Knowledge.Answers;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;
using Perfolizer.Mathematics.OutlierDetection;

namespace Bot.Benchmarks.Benchmarks;

// ask end to end (AskAsync) against two baselines over the same
// passages: one plain FTS5 MATCH of the same words (the store the bot used before), and raw
// Lucene.Net with the same analyzer (a BooleanQuery of term queries, top 10, and top 100 with the
// stored text, which is what the reranker gets). One iteration is one question, taken in turn from the fixed
// set, so the iterations' median and p99 are per-question latencies: the warm-up is one pass over
// the questions and the measured iterations are five more. No forced GC between iterations and no
// outlier removal, because a user waiting on a reply does pay for both.
[Config(typeof(AskColumns))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: QuestionSet.DefaultCount, iterationCount: QuestionSet.DefaultCount * 5)]
[GcForce(false)]
[Outliers(OutlierMode.DontRemove)]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: [GlobalCleanup] disposes, and it needs a public unsealed class.")]
public class AskBenchmarks
{
    private KnowledgeIndex? _index;
    private KnowledgeBase? _knowledge;
    private PlainFtsMatch? _plain;
    private RawLuceneSearch? _raw;
    private string[] _questions = [];
    private string[] _matches = [];
    private Lucene.Net.Search.Query[] _queries = [];
    private int _next;

    [Params(BenchCorpus.SeedsName, "100k")]
    public string Corpus { get; set; } = BenchCorpus.SeedsName;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var corpus = BenchCorpus.Get(Corpus);
        var path = await IndexCache.EnsureAsync(corpus);
        var (plainPath, rawPath) = IndexCache.EnsureBaselines(corpus.Name, corpus.Folder);
        var asked = corpus.Questions.Select(q => (Question: q, Match: PlainFtsMatch.QueryFor(q), Query: RawLuceneSearch.QueryFor(q))).Where(q => q.Match is not null && q.Query is not null).ToList();
        _questions = asked.Select(q => q.Question).ToArray();
        _matches = asked.Select(q => q.Match!).ToArray();
        _queries = asked.Select(q => q.Query!).ToArray();
        _index = new KnowledgeIndex(path, new FolderDocumentSource(corpus.Folder));
        _knowledge = new KnowledgeBase(_index, new KnowledgeOptions { CorpusPath = corpus.Folder, IndexPath = path });
        _plain = new PlainFtsMatch(plainPath);
        _raw = new RawLuceneSearch(rawPath);
    }

    [Benchmark(Baseline = true)]
    public int PlainFts5Match() => _plain!.Run(_matches[_next++ % _matches.Length]);

    [Benchmark]
    public int RawLuceneTop10() => _raw!.Top10(_queries[_next++ % _queries.Length]);

    [Benchmark]
    public int RawLuceneTop100WithText() => _raw!.Top100WithText(_queries[_next++ % _queries.Length]);

    [Benchmark]
    public Task<Answer> AskAsync() => _knowledge!.AskAsync(_questions[_next++ % _questions.Length]);

    [GlobalCleanup]
    public void Cleanup()
    {
        _plain?.Dispose();
        _raw?.Dispose();
        _index?.Dispose();
    }
}
