using System.Text.RegularExpressions;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Evaluation;
using Bot.Knowledge.Passages;

namespace Bot.Benchmarks.Corpora;

// Real prose to sample passages from: sentences per source document, plus titles for the generated files.
internal sealed partial record TextSource(string Name, string Origin, IReadOnlyList<string[]> Documents, IReadOnlyList<string> Titles)
{
    // The Cranfield abstracts when ../shared has them, else the repository's seeds.
    public static TextSource Load() => BenchPaths.Cranfield is { } folder ? FromCranfield(folder) : FromSeeds();

    private static TextSource FromCranfield(string folder)
    {
        var collection = CranfieldDataset.Load(folder);
        var documents = collection.Documents
            .Select(d => SentenceEnd().Split(Tidy(d.Text)).Where(s => s.Length > 0).Select(Capitalize).ToArray())
            .Where(s => s.Length > 0)
            .ToList();
        // No closing stop: the parser then reads the line as a heading, not as a paragraph of body text.
        var titles = collection.Documents.Select(d => Capitalize(Tidy(d.Title).TrimEnd('.', ' '))).Where(t => t.Length > 0).ToList();
        return new TextSource("cranfield", $"Cranfield abstracts ({Path.Combine(folder, "cran.all.1400")})", documents, titles);
    }

    private static TextSource FromSeeds()
    {
        var parsed = new FolderDocumentSource(BenchPaths.Seeds).Read(_ => { }, CancellationToken.None).Select(DocumentParser.Parse).ToList();
        var documents = parsed.Select(d => d.Paragraphs.SelectMany(SentenceSplitter.Split).ToArray()).Where(s => s.Length > 0).ToList();
        return new TextSource("seeds", $"the repository's seeds/ (../shared/datasets/cranfield not found)", documents, parsed.Select(d => d.Metadata.Title).ToList());
    }

    // Cranfield is all lower case, and the bot's sentence splitter (rightly) wants a capital after a
    // full stop: without one, a whole abstract would be one "sentence". Capitalised, the generated
    // passages read as ordinary prose and exercise the sentence-level ranking and answer composition.
    [GeneratedRegex(@"(?<=[.?!])\s+(?=[a-z(])")]
    private static partial Regex SentenceEnd();

    private static string Capitalize(string sentence) => sentence.Length > 0 && char.IsAsciiLetterLower(sentence[0])
        ? char.ToUpperInvariant(sentence[0]) + sentence[1..]
        : sentence;

    // Cranfield spaces its punctuation ("wing . the", "shear , ."); join it back so passages read as prose.
    private static string Tidy(string text) => text
        .Replace(" .", ".", StringComparison.Ordinal).Replace(" ,", ",", StringComparison.Ordinal)
        .Replace(",.", ".", StringComparison.Ordinal).Replace("..", ".", StringComparison.Ordinal)
        .Trim();
}
