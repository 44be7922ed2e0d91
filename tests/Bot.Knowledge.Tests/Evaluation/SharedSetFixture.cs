using Bot.Knowledge.Documents;
using Bot.Knowledge.Evaluation;
using Bot.Knowledge.Index;
using Bot.Testing;

namespace Bot.Knowledge.Tests.Evaluation;

// A ../shared dataset (questions.jsonl and a corpus folder) indexed once in a temp folder and evaluated once;
// null when ../shared is absent (the tests then skip with a message naming the file).
public abstract class SharedSetFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    protected SharedSetFixture(string dataset, string corpus)
    {
        var questions = TestPaths.SharedFile("datasets", dataset, "questions.jsonl");
        var documents = TestPaths.SharedFile("datasets", dataset, corpus);
        if (questions is null || documents is null)
        {
            return;
        }

        using var index = new KnowledgeIndex(_folder.File("index"), new FolderDocumentSource(documents));
        var built = index.RebuildAsync().GetAwaiter().GetResult();
        if (built.Outcome != RebuildOutcome.Rebuilt)
        {
            throw new InvalidOperationException($"{dataset} did not index: {built.Error}");
        }

        var knowledge = new KnowledgeBase(index, new KnowledgeOptions { CorpusPath = documents, IndexPath = index.IndexPath });
        Report = DevSetEvaluator.EvaluateAsync(knowledge, DevQuestion.Load(questions)).GetAwaiter().GetResult();
    }

    public DevSetReport? Report { get; }

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class Squad2Fixture() : SharedSetFixture("squad2", "docs");

public sealed class DocsDevFixture() : SharedSetFixture("docs-dev", "corpus");
