using Bot.Knowledge.Answers;

namespace Bot.Knowledge.Tests.Search;

public sealed class MatchingTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public async Task The_price_question_is_answered_with_the_amount_and_a_citation()
    {
        var answer = await fixture.Knowledge.AskAsync("How much did Turkey pay for the S-400?");
        Assert.True(answer.Answered);
        Assert.Contains("$2.5 billion", answer.Text, StringComparison.Ordinal);
        Assert.Matches(@"\[\d\]", answer.Text);
        AnswerShape.AssertWellFormed(answer);
    }

    [Theory]
    [InlineData("S-400 first NATO country to purchase")]
    [InlineData("S400 first NATO country to purchase")]
    [InlineData("S 400 first NATO country to purchase")]
    [InlineData("S-400s first NATO country to purchase")]
    public async Task Designator_spellings_find_the_same_passage(string question)
    {
        var answer = await fixture.Knowledge.AskAsync(question);
        Assert.Contains("first NATO country to purchase", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Erdogan brokered deal")]
    [InlineData("Erdoğan brokered deal")]
    public async Task Diacritics_do_not_matter(string question)
    {
        var answer = await fixture.Knowledge.AskAsync(question);
        Assert.Contains("brokered a deal", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Who is Ismail Demir?")]
    [InlineData("Who is İsmail Demir?")]
    public async Task Dotted_capital_i_matches_plain_i(string question)
    {
        var answer = await fixture.Knowledge.AskAsync(question);
        Assert.True(answer.Answered);
        Assert.Contains("Demir", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typo_is_corrected_to_a_word_the_corpus_has()
    {
        var answer = await fixture.Knowledge.AskAsync("Who brokred the deal with Puttin?");
        Assert.True(answer.Answered);
        Assert.Contains("brokered a deal", answer.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Matched_terms_are_marked_in_the_excerpt()
    {
        var answer = await fixture.Knowledge.AskAsync("Which senator introduced the amendment?");
        var citation = answer.Citations[0];
        var highlighted = citation.Highlights.Select(h => citation.Excerpt.Substring(h.Start, h.Length)).ToList();
        Assert.Contains("amendment", highlighted);
    }

    [Theory]
    [InlineData("Whch officals were sanctiond?", "officials")]
    [InlineData("Wht is CAATSA", "CAATSA")]
    [InlineData("how much did turky pay for the s400", "$2.5 billion")]
    public async Task Misspelt_questions_are_still_answered(string question, string expected)
    {
        var answer = await fixture.Knowledge.AskAsync(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What will the weather be in Paris tomorrow?")]
    [InlineData("Tell me a joke")]
    [InlineData("What's the best time to visit Istanbul?")]
    [InlineData("How do I bake sourdough bread?")]
    [InlineData("Who wrote Hamlet?")]
    public async Task Questions_the_material_does_not_cover_are_refused_plainly(string question)
    {
        var answer = await fixture.Knowledge.AskAsync(question);
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.StartsWith(AnswerComposerText.NotCovered, answer.Text, StringComparison.Ordinal);
        AnswerShape.AssertWellFormed(answer);
    }

    [Fact]
    public async Task Citations_carry_title_source_date_file_and_paragraph()
    {
        var answer = await fixture.Knowledge.AskAsync("Which was the first NATO country to buy the S-400?");
        var c = answer.Citations[0];
        Assert.Equal("004_571803df5c3c6925.txt", c.Document);
        Assert.Equal("Turkey considers buying the second regiment of S-400s from Russia", c.Title);
        Assert.Equal("TASS", c.Source);
        Assert.Equal(new DateOnly(2021, 3, 3), c.Published);
        Assert.True(c.Paragraph > 1);
    }

    [Fact]
    public async Task The_number_of_citations_follows_the_request()
    {
        Assert.Equal(5, (await fixture.Knowledge.AskAsync("sanctions on Turkey", 5)).Citations.Count);
        Assert.Single((await fixture.Knowledge.AskAsync("sanctions on Turkey", 1)).Citations);
    }
}
