using Bot.Knowledge.Answers;
using Bot.Knowledge.Questions;
using Bot.Knowledge.Tests.Search;

namespace Bot.Knowledge.Tests.Questions;

// How a question asked after others is read (Questions/FollowUp), and what the context changes in an answer.
public sealed class FollowUpTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private static readonly QuestionContext AfterSanctions = new(["When did the US sanction Turkey's defense procurement agency?"], []);

    [Theory]
    [InlineData("and Greece?")]
    [InlineData("when was that?")]
    [InlineData("who said it?")]
    [InlineData("what about the second regiment?")]
    [InlineData("How about the F-35 program and its partners?")]
    [InlineData("And did Russia approve the transfer of the system?")]
    [InlineData("What did she say about re-exporting the missile system?")]
    public void Read_takes_elliptical_questions_in_context(string question) =>
        Assert.Equal(FollowUpReading.InContext, FollowUp.Read(QuestionAnalyzer.Analyze(question), AfterSanctions));

    [Theory]
    [InlineData("Which NATO members possess S-300 defense systems?")]
    [InlineData("How many F-35 fighter jets did Turkey plan to acquire?")]
    public void Read_takes_a_full_question_on_its_own(string question) =>
        Assert.Equal(FollowUpReading.Alone, FollowUp.Read(QuestionAnalyzer.Analyze(question), AfterSanctions));

    [Theory]
    [InlineData("When was that sanctions decree signed by the president?")]
    [InlineData("How much did Turkey pay Russia for its S-400 systems?")]
    public void Read_takes_a_full_question_that_may_point_back_on_its_own_only_if_confident(string question) =>
        Assert.Equal(FollowUpReading.AloneIfConfident, FollowUp.Read(QuestionAnalyzer.Analyze(question), AfterSanctions));

    [Fact]
    public void Read_without_context_is_always_alone() =>
        Assert.Equal(FollowUpReading.Alone, FollowUp.Read(QuestionAnalyzer.Analyze("and Greece?"), QuestionContext.None));

    [Fact]
    public void WithContext_weighs_the_earlier_words_lower_and_keeps_the_follow_ups_own()
    {
        var read = FollowUp.WithContext(QuestionAnalyzer.Analyze("and Greece?"), AfterSanctions);

        var own = Assert.Single(read.Terms, t => t.Emphasis >= 1);
        Assert.Equal("greece", own.Term);
        Assert.True(own.IsName);
        var earlier = read.Terms.Where(t => t.Emphasis < 1).ToList();
        Assert.Contains(earlier, t => t.Term == "sanction");
        Assert.All(earlier, t => Assert.False(t.IsName)); // "Turkey" is no constraint once the follow-up names Greece
        Assert.Contains(FollowUp.WithContext(QuestionAnalyzer.Analyze("when?"), AfterSanctions).Terms, t => t.Term == "turkey" && t.IsName);
        Assert.True(earlier.Sum(t => t.Emphasis) <= FollowUp.ContextWeight + 1e-9);
        Assert.Equal(QuestionKind.Date, read.Kind); // "and Greece?" after "when …" still asks for a date
    }

    [Fact]
    public void WithContext_weighs_older_turns_lower_than_the_last_one()
    {
        var context = new QuestionContext(["Who brokered the deal with Putin?", "How many battalions did Turkey import?"], []);

        var read = FollowUp.WithContext(QuestionAnalyzer.Analyze("what about the price?"), context);

        Assert.True(read.Terms.Single(t => t.Term == "brokered").Emphasis > read.Terms.Single(t => t.Term == "battalions").Emphasis);
    }

    [Fact]
    public async Task Ask_answers_a_wordless_follow_up_from_the_conversation()
    {
        var first = await fixture.Knowledge.AskAsync("What restrictions did US authorities announce against the Turkish Defense Industry Authority?");
        var context = new QuestionContext([first.Question], first.Citations);

        var alone = await fixture.Knowledge.AskAsync("when?");
        var followUp = await fixture.Knowledge.AskAsync("when?", context);

        Assert.Equal(AnswerStatus.NotAQuestion, alone.Status);
        Assert.Equal(AnswerStatus.Answered, followUp.Status);
        Assert.Equal("when?", followUp.Question);
        Assert.Contains("December 14, 2020", followUp.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_answers_and_x_with_the_earlier_questions_topic()
    {
        var context = new QuestionContext(["How did the Turkish Foreign Ministry react to the US sanctions?"], []);

        var alone = await fixture.Knowledge.AskAsync("and Erdogan?");
        var followUp = await fixture.Knowledge.AskAsync("and Erdogan?", context);

        Assert.DoesNotContain("sign of disrespect", alone.Citations[0].Passage, StringComparison.Ordinal);
        Assert.Contains("sign of disrespect", followUp.Citations[0].Passage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_does_not_answer_a_follow_up_to_a_question_about_something_the_material_never_names()
    {
        var first = await fixture.Knowledge.AskAsync("Did Turkey sell its S-400 missiles to Kazakhstan?");
        var context = new QuestionContext([first.Question], first.Answered ? first.Citations : []);

        var followUp = await fixture.Knowledge.AskAsync("when?", context);

        Assert.Equal(AnswerStatus.NotCovered, first.Status);
        Assert.Equal(AnswerStatus.NotCovered, followUp.Status);
    }

    [Fact]
    public async Task Ask_gives_a_question_that_stands_on_its_own_the_same_answer_in_any_conversation()
    {
        const string question = "Which NATO members possess S-300 defense systems?";

        var alone = await fixture.Knowledge.AskAsync(question);
        var inContext = await fixture.Knowledge.AskAsync(question, AfterSanctions);

        Assert.Equal(alone.Text, inContext.Text);
        Assert.Equal(alone.Citations.Select(c => (c.Document, c.Paragraph)), inContext.Citations.Select(c => (c.Document, c.Paragraph)));
    }
}
