using Bot.Knowledge.Documents;
using Bot.Knowledge.Indexing;

namespace Bot.Benchmarks.Corpora;

/// <summary>One built index per corpus in the cache, rebuilt only when the corpus (or the schema) changed.</summary>
internal static class IndexCache
{
    public static string PathFor(BenchCorpus corpus) => Path.Combine(BenchPaths.Cache, "index-" + corpus.Name + ".sqlite");

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
}
