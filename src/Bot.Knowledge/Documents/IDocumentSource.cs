namespace Bot.Knowledge.Documents;

// Where documents come from. The folder is the real one; tests substitute sources that fail halfway.
public interface IDocumentSource
{
    // A human description, e.g. the folder path.
    string Description { get; }

    // Lists the files without reading them, cheaply enough to run on every start (for the staleness check).
    IReadOnlyList<DocumentStamp> List();

    // Reads every document; files that cannot be decoded are reported through skipped.
    IEnumerable<DocumentFile> Read(Action<SkippedFile> skipped, CancellationToken cancellationToken);
}
