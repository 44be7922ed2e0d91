using Bot.Knowledge.Documents;

namespace Bot.Benchmarks.Corpora;

// A corpus read into memory beforehand, so a timed rebuild measures indexing and not the disk.
internal sealed class MemoryDocumentSource(string description, IReadOnlyList<DocumentFile> files) : IDocumentSource
{
    public string Description => description;

    public static MemoryDocumentSource Load(string folder)
    {
        var source = new FolderDocumentSource(folder);
        return new MemoryDocumentSource("memory:" + source.Description, source.Read(_ => { }, CancellationToken.None).ToList());
    }

    public IReadOnlyList<DocumentStamp> List() => files.Select(f => new DocumentStamp(f.RelativePath, f.Length, f.LastWriteUtc)).ToList();

    public IEnumerable<DocumentFile> Read(Action<SkippedFile> skipped, CancellationToken cancellationToken) => files;
}
