using Bot.Knowledge;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;

namespace Bot.Testing;

// A real index built from a copy of seeds/ in a temp folder, and the knowledge base over it.
internal sealed class SeededKnowledge : IDisposable
{
    private readonly TempFolder _folder = new();

    public SeededKnowledge()
    {
        CorpusPath = _folder.CopySeeds();
        Options = new KnowledgeOptions { CorpusPath = CorpusPath, IndexPath = _folder.File("index/lucene") };
        Index = new KnowledgeIndex(Options.IndexPath, new FolderDocumentSource(CorpusPath));
        var result = Index.RebuildAsync().GetAwaiter().GetResult();
        if (result.Outcome != RebuildOutcome.Rebuilt)
        {
            throw new InvalidOperationException("seed index did not build: " + result.Error);
        }

        Knowledge = new KnowledgeBase(Index, Options);
    }

    public string CorpusPath { get; }

    public KnowledgeOptions Options { get; }

    public KnowledgeIndex Index { get; }

    public KnowledgeBase Knowledge { get; }

    // Configuration keys that point AddKnowledge() at this temp corpus and index.
    public IEnumerable<KeyValuePair<string, string?>> Configuration =>
    [
        new("Knowledge:CorpusPath", CorpusPath),
        new("Knowledge:IndexPath", Options.IndexPath),
    ];

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
