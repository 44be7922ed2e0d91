using Bot.Knowledge.Answers;

namespace Bot.Tests.CommandLine;

// The terminal is one conversation: a follow-up is read with the questions before it until /new.
public sealed class ConsoleConversationTests : SeededCliTests
{
    [Fact]
    public async Task Chat_answers_a_follow_up_from_the_question_before_it_until_new()
    {
        var chat = await Run("What restrictions did US authorities announce against the Turkish Defense Industry Authority?\nwhen?\n/new\nwhen?\n", "chat");

        Assert.Equal(0, chat.ExitCode);
        // The question and its follow-up "when?" are both answered with the sentence that dates the restrictions.
        Assert.Equal(2, chat.OutputLines.Count(l => l.StartsWith("On December 14, 2020, US authorities announced", StringComparison.Ordinal)));
        Assert.Contains("New conversation", chat.StandardOutput, StringComparison.Ordinal);
        Assert.EndsWith(QuestionText.NoWordsMessage, chat.StandardOutput.TrimEnd(), StringComparison.Ordinal); // "when?" alone after /new
    }

    [Fact]
    public async Task Chat_help_lists_new()
    {
        var chat = await Run("/help\n", "chat");

        Assert.Contains("/new", chat.StandardOutput, StringComparison.Ordinal);
    }
}
