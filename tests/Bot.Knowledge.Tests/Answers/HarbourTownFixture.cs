using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;
using Bot.Testing;

namespace Bot.Knowledge.Tests.Answers;

// A small hand-written corpus about a harbour town, indexed once for the read-only answerability tests of a class.
public sealed class HarbourTownFixture : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly KnowledgeIndex _index;

    public HarbourTownFixture()
    {
        var corpus = _folder.File("corpus");
        Directory.CreateDirectory(corpus);
        File.WriteAllText(Path.Combine(corpus, "bridge.md"), """
            # The harbour bridge

            The harbour bridge opened in 1932 and cost 4.2 million pounds to build.

            Engineer Mary Stone designed the bridge, which carries the coast road over the river mouth.

            The bridge was repainted in 1998 after storms damaged the railings.
            """);
        File.WriteAllText(Path.Combine(corpus, "ferry.md"), """
            # The ferry

            The ferry to the island leaves the north pier every hour from six in the morning.

            The newest ferry has five decks and carries up to 400 passengers.

            Tickets are sold at the pier office and on board, and children travel free.
            """);
        File.WriteAllText(Path.Combine(corpus, "town.md"), """
            # The town

            The town has a population of 12,400 and grew around its fishing fleet.

            A market fills the square every Saturday, selling fish, bread and vegetables.

            The lighthouse on the headland was built in 1887 and still guides the fishing boats home.

            The council meets in the old customs house by the quay.
            """);
        _index = new KnowledgeIndex(_folder.File("index"), new FolderDocumentSource(corpus));
        var result = _index.RebuildAsync().GetAwaiter().GetResult();
        if (result.Outcome != RebuildOutcome.Rebuilt)
        {
            throw new InvalidOperationException("harbour index did not build: " + result.Error);
        }

        Knowledge = new KnowledgeBase(_index, new KnowledgeOptions { CorpusPath = corpus, IndexPath = _index.IndexPath });
    }

    public KnowledgeBase Knowledge { get; }

    public void Dispose()
    {
        _index.Dispose();
        _folder.Dispose();
    }
}
