using Bot.Knowledge.Answers;
using Bot.Knowledge.Tests.Search;
using Bot.Testing;

namespace Bot.Knowledge.Tests.Answers;

public sealed class AnswerabilityTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("Did Turkey, Russia and NATO discuss the S-400 deal with Kazakhstan?")]
    [InlineData("How do Turkey and the US configure the s400_batteryTimeout setting?")]
    [InlineData("What does Turkey's S-400 deal say about sanctions.applyAll?")]
    [InlineData("Can Turkey host its S-400 sanctions tracker on netlify?")]
    public async Task Ask_refuses_a_question_naming_a_thing_the_material_never_mentions_even_when_outnumbered(string question)
    {
        var answer = await fixture.Knowledge.AskAsync(question);
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(0, answer.Confidence);
    }

    [Theory]
    [InlineData("How much did Turkey pay for the S-400 weapon systmes?")]
    [InlineData("Has anyone said how much Turkey paid for the S-400?")]
    public async Task Ask_does_not_take_a_typo_or_a_plain_english_word_for_an_unknown_name(string question)
    {
        var answer = await fixture.Knowledge.AskAsync(question);
        Assert.True(answer.Answered, answer.Text);
    }

    [Fact]
    public async Task Ask_answers_a_long_name_of_which_most_words_are_known()
    {
        var answer = await fixture.Knowledge.AskAsync("Who chairs the Senate Foreign Relations Committee?");
        Assert.True(answer.Answered, answer.Text);
    }

    [Theory]
    [InlineData("Hey bot, according to the articles, how much did Turkey pay for the S-400?")]
    [InlineData("Please tell me what the material says about how much Turkey paid for the S-400")]
    public async Task Ask_does_not_count_words_addressing_the_bot_or_the_material_against_coverage(string question)
    {
        var answer = await fixture.Knowledge.AskAsync(question);
        Assert.True(answer.Answered, answer.Text);
        Assert.Contains("$2.5 billion", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_reports_a_confidence_between_0_and_1_for_an_answer()
    {
        var answer = await fixture.Knowledge.AskAsync("How much did Turkey pay for the S-400?");
        Assert.True(answer.Answered);
        Assert.InRange(answer.Confidence, 0.5, 1.0);
    }

    [Fact]
    public async Task Ask_refuses_an_answer_below_the_configured_minimum_confidence_and_keeps_its_citations()
    {
        using var seeded = new SeededKnowledge();
        var strict = new KnowledgeBase(seeded.Index, new KnowledgeOptions { CorpusPath = seeded.CorpusPath, IndexPath = seeded.Options.IndexPath, MinConfidence = 1.0 });
        var question = "What did Erdogan say about the S-400 deal with Putin in his speech?";
        var lenient = await seeded.Knowledge.AskAsync(question);
        Assert.True(lenient.Answered, lenient.Text);
        Assert.True(lenient.Confidence < 1.0, $"confidence {lenient.Confidence}");

        var answer = await strict.AskAsync(question);
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(lenient.Confidence, answer.Confidence);
        Assert.NotEmpty(answer.Citations);
    }
}
