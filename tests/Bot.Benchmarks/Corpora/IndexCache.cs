using Bot.Benchmarks.Baselines;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;

namespace Bot.Benchmarks.Corpora;

// One built index per corpus in the cache: the bot's (rebuilt only when the corpus or the schema
// changed), and the two baselines' (plain FTS5 table, raw Lucene), built once.
internal static class IndexCache
{
    public static string PathFor(BenchCorpus corpus) => Path.Combine(BenchPaths.Cache, "index-" + corpus.Name);

    public static async Task<string> EnsureAsync(BenchCorpus corpus)
    {
        var path = PathFor(corpus);
        using var index = new KnowledgeIndex(path, new FolderDocumentSource(corpus.Folder));
        var (status, rebuild) = await index.EnsureCurrentAsync();
        if (status.State != IndexState.Current)
        {
            throw new InvalidOperationException($"Could not build the {corpus.Name} index: {rebuild?.Error ?? status.Detail}");
        }

        return path;
    }

    // The plain FTS5 file and the raw Lucene folder of the same passage texts.
    public static (string PlainFts, string RawLucene) EnsureBaselines(string name, string folder)
    {
        var plain = Path.Combine(BenchPaths.Cache, "baseline-fts5-" + name + ".sqlite");
        var raw = Path.Combine(BenchPaths.Cache, "baseline-lucene-" + name);
        if (!File.Exists(plain) || !File.Exists(Path.Combine(raw, "segments.gen")))
        {
            var passages = PassageTexts.Of(folder);
            PlainFtsBuild.Write(plain, passages);
            RawLuceneBuild.Write(raw, passages);
        }

        return (plain, raw);
    }
}
