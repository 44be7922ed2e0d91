using Bot.Knowledge.Answers;
using Bot.Knowledge.Questions;

namespace Bot.Knowledge.Tests.Answers;

public sealed class YesNoTests
{
    [Theory]
    [InlineData("Does the status clear by itself?", true)]
    [InlineData("our bot relies on plugins, will those work here", true)]
    [InlineData("The menu never fires. Is that expected?", true)]
    [InlineData("Which version should I use, v1 or v2?", false)]
    [InlineData("Is it blue or green?", false)]
    [InlineData("How do I reset it?", false)]
    public void A_yes_no_question_is_told_by_its_auxiliary_and_no_choice(string question, bool yesNo) =>
        Assert.Equal(yesNo, YesNo.IsQuestion(question));

    [Theory]
    [InlineData("Does the library support proxies?", "The library does not support proxies yet.", "No")]
    [InlineData("Does the library support proxies?", "The library supports proxies through an option.", "Yes")]
    [InlineData("Can the bridge carry trucks?", "The bridge can't carry trucks since the repairs.", "No")]
    [InlineData("Isn't the bridge closed to trucks?", "Trucks are not allowed on the bridge.", "Yes")]
    public void The_lean_follows_a_negation_near_the_question_words(string question, string sentence, string lean) =>
        Assert.Equal(lean, YesNo.LeanOf(QuestionAnalyzer.Analyze(question), [(sentence, 1.0)]).ToString());

    [Fact]
    public void Two_equally_good_sentences_saying_opposite_things_make_it_mixed()
    {
        var question = QuestionAnalyzer.Analyze("Does the library support proxies?");

        Assert.Equal(YesNo.Lean.Mixed, YesNo.LeanOf(question, [("The library does not support proxies.", 1.0), ("The library supports proxies through a plugin.", 0.98)]));
        Assert.Equal(YesNo.Lean.No, YesNo.LeanOf(question, [("The library does not support proxies.", 1.0), ("The library supports proxies through a plugin.", 0.7)]));
    }
}
