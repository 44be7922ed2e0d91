using Bot.Testing;

namespace Bot.Tests.CommandLine;

// Tests that run the real bot against a temp copy of the seeds, with the index beside them.
public abstract class SeededCliTests : IDisposable
{
    protected SeededCliTests()
    {
        Corpus = Folder.CopySeeds();
        IndexPath = Folder.File("index/lucene");
    }

    private protected TempFolder Folder { get; } = new();

    private protected string Corpus { get; }

    private protected string IndexPath { get; }

    public void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    private protected Task<BotProcess.Result> Run(string? stdin, params string[] args) =>
        BotProcess.RunAsync(stdin, null, [.. args, "--corpus", Corpus, "--index", IndexPath]);
}
