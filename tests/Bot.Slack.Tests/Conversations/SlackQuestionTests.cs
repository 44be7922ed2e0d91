using Bot.Slack.Conversations;

namespace Bot.Slack.Tests.Conversations;

public sealed class SlackQuestionTests
{
    [Theory]
    [InlineData("<@UBOTID> How much did Turkey pay for the S-400?", "How much did Turkey pay for the S-400?")]
    [InlineData("<@UBOTID|askbot>: how much?", "how much?")]
    [InlineData("  <@UBOTID>,   what   about\nthis?  ", "what about this?")]
    [InlineData("what did <@UBOTID> say", "what did say")]
    [InlineData("<@UBOTID> ask <@U0OTHER> about it", "ask <@U0OTHER> about it")]
    [InlineData("<@UBOTID> is AT&amp;T &lt;big&gt;?", "is AT&T <big>?")]
    [InlineData("<@UBOTID>", "")]
    [InlineData(null, "")]
    public void The_bots_own_mention_is_stripped_and_slack_escapes_undone(string? text, string expected)
    {
        Assert.Equal(expected, SlackQuestion.From(text, "UBOTID"));
    }
}
