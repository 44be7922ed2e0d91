using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Bot.Benchmarks.Baselines;
using Bot.Benchmarks.Corpora;
using Bot.Knowledge.Indexing;

namespace Bot.Benchmarks.Benchmarks;

/// <summary>
/// Index build: <see cref="KnowledgeIndex.RebuildAsync"/> (parse, split, tokenize, write passages,
/// FTS5, statistics, optimize, atomic move) against plain FTS5 inserts of the same passage texts.
/// Both read from memory; each iteration is one whole build (Monitoring: no pilot, no unrolling).
/// </summary>
[Config(typeof(BuildColumns))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 10)]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet owns the lifetime: [GlobalCleanup] disposes, and it needs a public unsealed class.")]
public class BuildBenchmarks
{
    private KnowledgeIndex? _index;
    private IReadOnlyList<string> _passages = [];
    private string _plainPath = "";

    [Params(BenchCorpus.SeedsName, "100k")]
    public string Corpus { get; set; } = BenchCorpus.SeedsName;

    [GlobalSetup(Target = nameof(RebuildAsync))]
    public void SetupOurs()
    {
        var corpus = BenchCorpus.Get(Corpus);
        _index = new KnowledgeIndex(Path.Combine(BenchPaths.Cache, $"build-ours-{Corpus}.sqlite"), MemoryDocumentSource.Load(corpus.Folder));
    }

    [GlobalSetup(Target = nameof(PlainFts5Inserts))]
    public void SetupPlain()
    {
        _passages = PassageTexts.Of(BenchCorpus.Get(Corpus).Folder);
        _plainPath = Path.Combine(BenchPaths.Cache, $"build-plain-{Corpus}.sqlite");
    }

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
            File.Delete(index.IndexPath);
            index.Dispose();
        }

        if (_plainPath.Length > 0)
        {
            File.Delete(_plainPath);
        }
    }
}
