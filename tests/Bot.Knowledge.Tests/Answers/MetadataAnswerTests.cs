using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;
using Bot.Knowledge.Questions;
using Bot.Knowledge.Tests.Search;
using Bot.Testing;

namespace Bot.Knowledge.Tests.Answers;

public sealed class MetadataAnswerTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public async Task Ask_answers_which_outlet_reported_from_the_documents_publisher()
    {
        var answer = await fixture.Knowledge.AskAsync("Which outlet reported that Turkey considers buying a second regiment of S-400s?");
        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("Published by TASS, 3 March 2021", answer.Text, StringComparison.Ordinal);
        Assert.EndsWith("[1]", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_answers_when_an_article_was_published_from_its_date()
    {
        var answer = await fixture.Knowledge.AskAsync("When was the article about Putin and Erdogan broadening S-400 cooperation published?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("30 September 2021", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_knows_an_author_and_publisher_named_only_in_the_metadata_and_answers_who_wrote_it()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("corpus"));
        await File.WriteAllTextAsync(folder.File("corpus/bridge.md"), """
            ---
            title: Harbour bridge reopens
            source: City Gazette
            author: A. Writer
            date: 2024-05-06
            ---
            The harbour bridge reopened on Monday after two years of repairs costing 40 million euros.

            Traffic on the ring road fell by a third in the first week, the council said.
            """);
        await File.WriteAllTextAsync(folder.File("corpus/ferry.md"), "# Ferry timetable\n\nThe ferry leaves the north pier every hour from six in the morning.\n");
        using var index = new KnowledgeIndex(folder.File("index"), new FolderDocumentSource(folder.File("corpus")));
        Assert.Equal(RebuildOutcome.Rebuilt, (await index.RebuildAsync()).Outcome);
        var knowledge = new KnowledgeBase(index, new KnowledgeOptions { CorpusPath = folder.File("corpus"), IndexPath = index.IndexPath });

        var named = await knowledge.AskAsync("What did the City Gazette say about the bridge repairs?");
        Assert.True(named.Answered, named.Text);
        Assert.Equal("bridge.md", named.Citations[0].Document);

        var wrote = await knowledge.AskAsync("Who wrote the article about the harbour bridge reopening?");
        Assert.True(wrote.Answered, wrote.Text);
        Assert.StartsWith("Written by A. Writer for City Gazette, 6 May 2024", wrote.Text, StringComparison.Ordinal);
        Assert.EndsWith("[1]", wrote.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who wrote the article about the S-400?", "Author")]
    [InlineData("Which news outlet reported the sanctions?", "Publisher")]
    [InlineData("When was the story on CAATSA published?", "Date")]
    [InlineData("Who wrote the CAATSA law?", "None")]
    [InlineData("What paper started the field?", "None")]
    [InlineData("Which agency did the US sanction?", "None")]
    [InlineData("Which newspaper defined the region's borders?", "None")]
    [InlineData("Which newspaper ran the interview?", "Publisher")]
    [InlineData("When was the treaty published?", "None")]
    public void Metadata_questions_are_told_from_questions_about_content(string question, string field) =>
        Assert.Equal(field, MetadataQuestion.Of(question).ToString());
}
