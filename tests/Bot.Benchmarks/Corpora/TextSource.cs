using Bot.Knowledge.Documents;
using Bot.Knowledge.Evaluation;
using Bot.Knowledge.Passages;

namespace Bot.Benchmarks.Corpora;

/// <summary>Real prose to sample passages from: sentences per source document, plus titles for the generated files.</summary>
internal sealed record TextSource(string Name, string Origin, IReadOnlyList<string[]> Documents, IReadOnlyList<string> Titles)
{
    /// <summary>The Cranfield abstracts when ../shared has them, else the repository's seeds.</summary>
    public static TextSource Load() => BenchPaths.Cranfield is { } folder ? FromCranfield(folder) : FromSeeds();

    private static TextSource FromCranfield(string folder)
    {
        var collection = CranfieldDataset.Load(folder);
        var documents = collection.Documents
            .Select(d => SentenceSplitter.Split(Tidy(d.Text)).ToArray())
            .Where(s => s.Length > 0)
            .ToList();
        // No closing stop: the parser then reads the line as a heading, not as a paragraph of body text.
        var titles = collection.Documents.Select(d => Tidy(d.Title).TrimEnd('.', ' ')).Where(t => t.Length > 0).ToList();
        return new TextSource("cranfield", $"Cranfield abstracts ({Path.Combine(folder, "cran.all.1400")})", documents, titles);
    }

    private static TextSource FromSeeds()
    {
        var parsed = new FolderDocumentSource(BenchPaths.Seeds).Read(_ => { }, CancellationToken.None).Select(DocumentParser.Parse).ToList();
        var documents = parsed.Select(d => d.Paragraphs.SelectMany(SentenceSplitter.Split).ToArray()).Where(s => s.Length > 0).ToList();
        return new TextSource("seeds", $"the repository's seeds/ (../shared/datasets/cranfield not found)", documents, parsed.Select(d => d.Metadata.Title).ToList());
    }

    /// <summary>Cranfield spaces its punctuation ("wing . the"); join it back so passages read as prose.</summary>
    private static string Tidy(string text) =>
        text.Replace(" .", ".", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal).Trim();
}
