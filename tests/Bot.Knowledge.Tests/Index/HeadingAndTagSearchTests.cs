using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;
using Bot.Testing;

namespace Bot.Knowledge.Tests.Index;

// Words that only a heading or the front matter tags hold still find the passage.
public sealed class HeadingAndTagSearchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_word_only_in_a_heading_finds_the_passages_under_it()
    {
        var corpus = Corpus(("guide.md", """
            # Operator guide

            ## Quarantine

            Move the suspicious parcels into the sealed room and record each one in the intake ledger.

            ## Delivery

            Parcels that passed inspection are loaded onto the morning van in order of their postcode.
            """));
        using var index = await BuildAsync(corpus);
        using var snapshot = new Disposer(index);

        var hits = snapshot.Value.Search([Stem("Quarantine")], 5);

        Assert.NotEmpty(hits);
        Assert.Equal("Quarantine", hits[0].Section);
        Assert.True(snapshot.Value.DocumentFrequency(Stem("Quarantine")) > 0, "a heading-only word must count, or the question drops it");
        Assert.True(snapshot.Value.HasWord("quarantine"), "a heading-only word is a real word, not a typo to correct");
    }

    [Fact]
    public async Task A_front_matter_tag_finds_the_document_and_ranks_below_a_body_match()
    {
        var corpus = Corpus(
            ("tagged.md", """
                ---
                title: Shift handover
                tags: [escalation, rota]
                ---

                The outgoing lead walks the incoming lead through open tickets before leaving.
                """),
            ("body.md", """
                # Pager duty

                An escalation goes to the second engineer on the list when the first does not answer in ten minutes.
                """));
        using var index = await BuildAsync(corpus);
        using var snapshot = new Disposer(index);

        var hits = snapshot.Value.Search([Stem("escalation")], 5);

        Assert.Equal(["body.md", "tagged.md"], hits.Select(h => h.Document));
    }

    private static string Stem(string word) => Bot.Knowledge.Text.Tokenizer.Tokenize(word).Single().Stem;

    private string Corpus(params (string Name, string Text)[] files)
    {
        var corpus = _folder.File("corpus");
        Directory.CreateDirectory(corpus);
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(corpus, name), text);
        }

        return corpus;
    }

    private async Task<KnowledgeIndex> BuildAsync(string corpus)
    {
        var index = new KnowledgeIndex(_folder.File("index/lucene"), new FolderDocumentSource(corpus));
        var result = await index.RebuildAsync();
        Assert.Equal(RebuildOutcome.Rebuilt, result.Outcome);
        return index;
    }

    private sealed class Disposer(KnowledgeIndex index) : IDisposable
    {
        public IndexSnapshot Value { get; } = index.Acquire()!;

        public void Dispose() => Value.Release();
    }
}
