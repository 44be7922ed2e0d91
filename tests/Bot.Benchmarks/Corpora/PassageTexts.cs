using Bot.Knowledge.Documents;
using Bot.Knowledge.Passages;

namespace Bot.Benchmarks.Corpora;

// The passage texts our parser and splitter make of a corpus: what the plain-FTS5 baseline inserts, so both index the same passages.
internal static class PassageTexts
{
    public static List<string> Of(IEnumerable<DocumentFile> files) =>
        files.Select(DocumentParser.Parse).SelectMany(PassageSplitter.Split).Select(p => p.Text).ToList();

    public static List<string> Of(string folder) =>
        Of(new FolderDocumentSource(folder).Read(_ => { }, CancellationToken.None));
}
