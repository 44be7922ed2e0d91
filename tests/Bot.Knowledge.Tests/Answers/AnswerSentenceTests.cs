
namespace Bot.Knowledge.Tests.Answers;

// The answer quotes the piece of the passage that answers the question, readable on its own.
public sealed class AnswerSentenceTests : IDisposable
{
    private readonly List<SmallCorpus> _corpora = [];

    public void Dispose()
    {
        _corpora.ForEach(c => c.Dispose());
    }

    private async Task<KnowledgeBase> KnowledgeOver(string markdown)
    {
        var corpus = await SmallCorpus.BuildAsync(("guide.md", markdown));
        _corpora.Add(corpus);
        return corpus.Knowledge;
    }

    private const string Guide = """
        # Harbour bridge guide

        ## Releases

        All companion packages have been bumped to their next major versions.

        - The `maps` package has been updated to v7.
        - The `tickets` package has been updated to v4.

        ## History

        The old ferry company ran the crossing until 1950. It was replaced by the harbour bridge after a public vote.

        ## Closures

        The harbour bridge closes to trucks every winter because ice makes the deck slippery.
        Cyclists may use the harbour bridge all year.

        ## Tolls

        The harbour bridge does not charge a toll on weekends.
        """;

    [Fact]
    public async Task Ask_quotes_the_list_item_that_answers_under_its_lead_in_not_the_lead_in_alone()
    {
        var knowledge = await KnowledgeOver(Guide);

        var answer = await knowledge.AskAsync("Which major version of the tickets package is current?");

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("All companion packages have been bumped to their next major versions — The `tickets` package has been updated to v4.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_quotes_a_sentence_that_points_back_after_the_sentence_it_points_to()
    {
        var knowledge = await KnowledgeOver(Guide);

        var answer = await knowledge.AskAsync("What replaced the ferry crossing?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The old ferry company ran the crossing until 1950. It was replaced by the harbour bridge after a public vote. [1]", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_answers_why_with_the_sentence_giving_the_reason()
    {
        var knowledge = await KnowledgeOver(Guide);

        var answer = await knowledge.AskAsync("Why is the harbour bridge closed to trucks?");

        Assert.True(answer.Answered, answer.Text);
        Assert.StartsWith("The harbour bridge closes to trucks every winter because ice makes the deck slippery. [1]", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_says_which_way_a_yes_no_question_leans_before_quoting_the_sentence()
    {
        var knowledge = await KnowledgeOver(Guide);

        var no = await knowledge.AskAsync("Does the harbour bridge charge a toll on weekends?");
        var yes = await knowledge.AskAsync("Can cyclists use the harbour bridge in winter?");

        Assert.StartsWith("The material suggests no: The harbour bridge does not charge a toll on weekends. [1]", no.Text, StringComparison.Ordinal);
        Assert.Equal("The material suggests no:", no.Preface);
        Assert.StartsWith("The material suggests yes: Cyclists may use the harbour bridge all year.", yes.Text, StringComparison.Ordinal);
    }
}
