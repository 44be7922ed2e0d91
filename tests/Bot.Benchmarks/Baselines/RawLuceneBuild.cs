using Bot.Knowledge.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Bot.Benchmarks.Baselines;

// The Lucene build baseline: the passage texts, each one IndexWriter.AddDocument(IEnumerable{IIndexableField})
// with the bot's own analyzer (TextAnalyzer) and the text stored, one commit. What the
// bot adds on top (parsing, its stored stems and citation fields, the generation switch) is the
// difference measured against it.
internal static class RawLuceneBuild
{
    public static int Write(string folder, IReadOnlyList<string> passages)
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }

        using var directory = FSDirectory.Open(new DirectoryInfo(folder));
        var config = new IndexWriterConfig(TextAnalyzer.Version, TextAnalyzer.Instance)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 48,
        };
        using var writer = new IndexWriter(directory, config);
        foreach (var passage in passages)
        {
            writer.AddDocument(new Document { new TextField("body", passage, Field.Store.YES) });
        }

        writer.Commit();
        return passages.Count;
    }
}
