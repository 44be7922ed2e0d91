using Bot.Knowledge.Answers;
using Bot.Knowledge.Questions;

namespace Bot.Knowledge.Tests.Answers;

public sealed class CoverageRuleTests(HarbourTownFixture fixture) : IClassFixture<HarbourTownFixture>
{
    [Theory]
    [InlineData("What happened to the harbour bridge in 1975?")]
    [InlineData("Which ferry carries 650 passengers?")]
    [InlineData("Was the harbour bridge built for 7.5 million pounds?")]
    [InlineData("What did the council build in the 1960s?")]
    public async Task Ask_refuses_a_question_about_a_number_the_material_never_states(string question)
    {
        var answer = await fixture.Knowledge.AskAsync(question);
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(0, answer.Confidence);
    }

    [Theory]
    [InlineData("What happened to the harbour bridge in 1998?", "repainted")]
    [InlineData("Which ferry carries 400 passengers?", "five decks")]
    [InlineData("Did the harbour bridge cost 4.2 million pounds?", "1932")]
    [InlineData("Which ferry has 5 decks?", "five decks")]
    public async Task Ask_answers_a_question_about_a_number_the_material_states_or_a_small_count_it_may_spell_out(string question, string expected)
    {
        var answer = await fixture.Knowledge.AskAsync(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1805", true)]
    [InlineData("3p3", true)]
    [InlineData("14th", true)]
    [InlineData("1990s", true)]
    [InlineData("3792261", true)]
    [InlineData("5", false)]
    [InlineData("25", false)]
    [InlineData("v4", false)]
    [InlineData("s400", false)]
    public void A_year_an_amount_or_an_ordinal_is_a_specific_number_and_a_small_count_is_not(string term, bool specific) =>
        Assert.Equal(specific, NumberTerms.IsSpecific(term));
}
