using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;
using Bot.Testing;

namespace Bot.Knowledge.Tests;

// A small hand-written corpus indexed in a temp folder, asked through the real pipeline.
internal sealed class SmallCorpus : IDisposable
{
    private readonly TempFolder _folder = new();
    private KnowledgeIndex? _index;

    public static async Task<SmallCorpus> BuildAsync(params (string Name, string Text)[] files)
    {
        var corpus = new SmallCorpus();
        var path = corpus._folder.File("corpus");
        Directory.CreateDirectory(path);
        foreach (var (name, text) in files)
        {
            await File.WriteAllTextAsync(Path.Combine(path, name), text);
        }

        corpus._index = new KnowledgeIndex(corpus._folder.File("index/lucene"), new FolderDocumentSource(path));
        var built = await corpus._index.RebuildAsync();
        Assert.Equal(RebuildOutcome.Rebuilt, built.Outcome);
        corpus.Knowledge = new KnowledgeBase(corpus._index, new KnowledgeOptions { CorpusPath = path, IndexPath = corpus._folder.File("index/lucene") });
        return corpus;
    }

    public KnowledgeBase Knowledge { get; private set; } = null!;

    // The cited documents (and sections) in rank order.
    public async Task<List<string>> RankAsync(string question, int top = 3)
    {
        var answer = await Knowledge.AskAsync(question, top);
        return answer.Citations.Select(c => c.Section is null ? c.Document : c.Document + "#" + c.Section).ToList();
    }

    public void Dispose()
    {
        _index?.Dispose();
        _folder.Dispose();
    }
}
