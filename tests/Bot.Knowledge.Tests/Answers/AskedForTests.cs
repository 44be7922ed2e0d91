using Bot.Knowledge.Answers;

namespace Bot.Knowledge.Tests.Answers;

public sealed class AskedForTests
{
    [Theory]
    [InlineData("Why did the bridge close?", "The bridge closed because the cables were worn.", "The bridge closed in May.")]
    [InlineData("Why would I set a secret?", "Set a secret to prevent forged requests.", "A secret is a string.")]
    [InlineData("What does NPR stand for?", "The show airs on National Public Radio (NPR) daily.", "NPR airs the show daily.")]
    [InlineData("What is the full name of the WHO?", "The World Health Organization (WHO) is a UN agency.", "The WHO met on Monday.")]
    [InlineData("What is a gateway?", "A gateway is the connection that delivers events.", "Open the gateway settings to start.")]
    [InlineData("What did the mayor say?", "The mayor said: \"We will rebuild the bridge.\"", "The mayor visited the bridge.")]
    [InlineData("What percentage of voters approved it?", "It was approved by 75% of voters.", "It was approved by the voters.")]
    [InlineData("If I don't pass a port, which one does it listen on?", "Otherwise, it listens on port 3000.", "Pass a port to choose where it listens.")]
    [InlineData("What timeout is used without setting one?", "The timeout defaults to 30 seconds.", "Set the timeout in seconds.")]
    public void A_sentence_holding_what_the_wording_asks_for_is_told_from_one_that_does_not(string question, string holds, string lacks)
    {
        var asked = AskedFor.Of(question);

        Assert.NotEqual(AskedFor.Focus.Nothing, asked.What);
        Assert.True(asked.HeldBy(holds));
        Assert.False(asked.HeldBy(lacks));
    }

    [Theory]
    [InlineData("When did the bridge close?")]
    [InlineData("What is the bridge made of and who built it in the first place?")]
    public void A_question_asking_for_none_of_these_asks_for_nothing_more(string question) =>
        Assert.Equal(AskedFor.Focus.Nothing, AskedFor.Of(question).What);

    [Theory]
    [InlineData("MCP", "Toggle Model Context Protocol on", true)]
    [InlineData("CAATSA", "the Countering America's Adversaries Through Sanctions Act", true)]
    [InlineData("BBC", "the British Broadcasting Corporation", true)]
    [InlineData("MCP", "Make Coffee", false)]
    public void An_acronym_is_expanded_by_words_with_its_initials(string acronym, string text, bool expanded) =>
        Assert.Equal(expanded, Acronym.ExpandedIn(acronym, text));
}
