using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Tests.Index;

// A real folder source that can fail after some documents, or wait on a gate, to simulate a crash or a slow rebuild.
internal sealed class ScriptedSource(string folder) : IDocumentSource
{
    private readonly FolderDocumentSource _inner = new(folder);

    public int? FailAfter { get; set; }

    public Exception Failure { get; set; } = new IOException("disk read error (simulated)");

    public SemaphoreSlim? Gate { get; set; }

    public string Description => _inner.Description;

    public IReadOnlyList<DocumentStamp> List() => _inner.List();

    public IEnumerable<DocumentFile> Read(Action<SkippedFile> skipped, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var file in _inner.Read(skipped, cancellationToken))
        {
            if (count++ == FailAfter)
            {
                throw Failure;
            }

            Gate?.Wait(cancellationToken);
            yield return file;
        }
    }
}
