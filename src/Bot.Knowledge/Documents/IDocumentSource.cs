namespace Bot.Knowledge.Documents;

/// <summary>Where documents come from. The folder is the real one; tests substitute sources that fail halfway.</summary>
public interface IDocumentSource
{
    /// <summary>A human description, e.g. the folder path.</summary>
    string Description { get; }

    /// <summary>Lists the files without reading them, cheaply enough to run on every start (for the staleness check).</summary>
    IReadOnlyList<DocumentStamp> List();

    /// <summary>Reads every document; files that cannot be decoded are reported through <paramref name="skipped"/>.</summary>
    IEnumerable<DocumentFile> Read(Action<SkippedFile> skipped, CancellationToken cancellationToken);
}
