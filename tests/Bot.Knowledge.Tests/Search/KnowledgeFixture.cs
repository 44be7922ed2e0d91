using Bot.Testing;

namespace Bot.Knowledge.Tests.Search;

// One seeded index shared by the read-only search tests of a class.
public sealed class KnowledgeFixture : IDisposable
{
    private readonly SeededKnowledge _seeded = new();

    public KnowledgeBase Knowledge => _seeded.Knowledge;

    public void Dispose() => _seeded.Dispose();
}
