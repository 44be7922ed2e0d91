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

    [Fact]
    public async Task Chat_good_and_bad_rate_the_last_answer_in_the_question_log_and_a_second_rating_changes_it()
    {
        var chat = await Run("/good\nWhat restrictions did US authorities announce against the Turkish Defense Industry Authority?\n/good\n/bad\n", "chat");

        Assert.Equal(0, chat.ExitCode);
        Assert.Contains("There is no answer to rate yet", chat.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("👍 recorded for the last answer", chat.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("👎 recorded for the last answer", chat.StandardOutput, StringComparison.Ordinal);

        // One vote per person per answer: the second rating replaced the first.
        var store = new Bot.Chat.Questions.QuestionLogStore(Folder.File("index/questions.sqlite"), storeUserIds: false);
        var row = Assert.Single(store.Read(DateTimeOffset.UnixEpoch));
        Assert.Equal(-1, row.Feedback);
    }

    [Fact]
    public async Task Chat_help_lists_good_and_bad()
    {
        var chat = await Run("/help\n", "chat");

        Assert.Contains("/good, /bad", chat.StandardOutput, StringComparison.Ordinal);
    }
}
