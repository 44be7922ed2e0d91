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
    [InlineData("How do I charter the ferry for the market on Saturday?")]
    [InlineData("how can i refuel the fishing boats from the ferry")]
    [InlineData("Can I kayak from the bridge to the lighthouse?")]
    [InlineData("How to renovate the lighthouse after storms?")]
    public async Task Ask_refuses_a_how_to_question_whose_action_the_material_never_names(string question)
    {
        var answer = await fixture.Knowledge.AskAsync(question);
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
    }

    [Theory]
    [InlineData("Can I travel free on the ferry with children?", "children travel free")]
    [InlineData("How can we reach the island from the north pier?", "north pier")]
    [InlineData("How do I travle free on the ferry with children?", "children travel free")]
    [InlineData("How do I buy tickets for the ferry?", "pier office")]
    public async Task Ask_answers_a_how_to_question_whose_action_the_material_names_a_typo_of_it_or_everything_else_it_says(string question, string expected)
    {
        var answer = await fixture.Knowledge.AskAsync(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How do I paginate results?", "paginate")]
    [InlineData("how can we upload a file", "upload")]
    [InlineData("How to rotate tokens", "rotate")]
    [InlineData("Can I store sessions in a database?", "store")]
    [InlineData("How do I safely upgrade the server?", "upgrade")]
    [InlineData("How often does the ferry leave?", null)]
    [InlineData("How many decks can you see?", null)]
    public void The_action_of_a_how_to_question_is_the_word_after_how_do_I_how_to_or_can_I(string question, string? action)
    {
        var tokens = Bot.Knowledge.Text.Tokenizer.Tokenize(question);
        var position = HowToAction.Position(tokens);
        Assert.Equal(action, position is { } p ? tokens.First(t => t.Position == p).Term : null);
    }

    [Theory]
    [InlineData("Did Mary Stone, Anna Berg and the council design the harbour bridge?")]
    [InlineData("Is the ferry to the island faster than Stone=Berg boats?")]
    public async Task Ask_refuses_a_list_of_names_one_of_which_the_material_never_mentions(string question)
    {
        var answer = await fixture.Knowledge.AskAsync(question);
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
    }

    [Fact]
    public async Task Ask_answers_a_hyphenated_name_most_of_whose_words_the_material_knows()
    {
        var answer = await fixture.Knowledge.AskAsync("Did the engineer Mary Stone-Berg design the harbour bridge?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("Mary Stone", answer.Text, StringComparison.Ordinal);
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
