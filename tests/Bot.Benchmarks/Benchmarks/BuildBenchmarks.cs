using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bot.Benchmarks.Baselines;
using Bot.Benchmarks.Corpora;
using Bot.Knowledge.Index;

namespace Bot.Benchmarks.Benchmarks;

// Index build: RebuildAsync (parse, split, analyse, write a Lucene
// generation, verify, switch) against plain FTS5 inserts and raw Lucene AddDocument (same analyzer)
// of the same passage texts.
// Both read from memory; each iteration is one whole build (Monitoring: no pilot, no unrolling).
[Config(typeof(BuildColumns))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: [GlobalCleanup] disposes, and it needs a public unsealed class.")]
public class BuildBenchmarks
{
    private KnowledgeIndex? _index;
    private IReadOnlyList<string> _passages = [];
    private string _plainPath = "";
    private string _rawPath = "";

    [Params(BenchCorpus.SeedsName, "100k")]
    public string Corpus { get; set; } = BenchCorpus.SeedsName;

    [GlobalSetup(Target = nameof(RebuildAsync))]
    public void SetupOurs()
    {
        var corpus = BenchCorpus.Get(Corpus);
        _index = new KnowledgeIndex(Path.Combine(BenchPaths.Cache, $"build-ours-{Corpus}"), MemoryDocumentSource.Load(corpus.Folder));
    }

    [GlobalSetup(Targets = [nameof(PlainFts5Inserts), nameof(RawLuceneAddDocument)])]
    public void SetupPlain()
    {
        _passages = PassageTexts.Of(BenchCorpus.Get(Corpus).Folder);
        _plainPath = Path.Combine(BenchPaths.Cache, $"build-plain-{Corpus}.sqlite");
        _rawPath = Path.Combine(BenchPaths.Cache, $"build-raw-{Corpus}");
    }

    [Benchmark]
    public int RawLuceneAddDocument() => RawLuceneBuild.Write(_rawPath, _passages);

    [Benchmark(Baseline = true)]
    public int PlainFts5Inserts() => PlainFtsBuild.Write(_plainPath, _passages);

    [Benchmark]
    public async Task<int> RebuildAsync()
    {
        var result = await _index!.RebuildAsync();
        return result.Outcome == RebuildOutcome.Rebuilt ? result.Passages : throw new InvalidOperationException(result.Error);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_index is { } index)
        {
            index.Dispose();
            Directory.Delete(index.IndexPath, recursive: true);
        }

        if (_plainPath.Length > 0)
        {
            File.Delete(_plainPath);
        }

        if (Directory.Exists(_rawPath))
        {
            Directory.Delete(_rawPath, recursive: true);
        }
    }
}
