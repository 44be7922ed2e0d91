using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Chat.Limits;
using Bot.Chat.Questions;
using Bot.Chat.Replies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Tests.Conversations;

// Questions asked in a conversation: a follow-up is answered with the turns before it, logged as a
// follow-up of the answer it followed, and every searched answer can be voted on.
public sealed class ChatServiceConversationTests : IDisposable
{
    private const string Thread = "slack:C1:1700000000.000100";
    private static readonly ChatUser Member = new("slack", "U1", IsAdmin: false);
    private readonly SeededKnowledge _seeded = new();
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly ConversationMemory _memory;

    public ChatServiceConversationTests() =>
        _memory = new ConversationMemory(_clock, Options.Create(new ConversationOptions()));

    public void Dispose()
    {
        _folder.Dispose();
        _seeded.Dispose();
    }

    private QuestionLog NewLog(bool enabled = true) =>
        new(Options.Create(new LogOptions { Path = _folder.File("q.sqlite"), Enabled = enabled }), Options.Create(_seeded.Options), _clock, NullLogger<QuestionLog>.Instance);

    private ChatService NewChat(QuestionLog? log) =>
        new(_seeded.Knowledge, new RateLimiter(Options.Create(new RateLimitOptions { Questions = 10, WindowSeconds = 60 }), _clock), NullLogger<ChatService>.Instance,
            time: _clock, questionLog: log, conversations: _memory);

    private static ChatRequest Ask(string question, string? conversation = Thread) => new(Member, ChatCommand.Ask, question, "C1", conversation);

    [Fact]
    public async Task A_follow_up_in_the_thread_is_answered_with_the_question_before_it_and_logged_as_its_follow_up()
    {
        using var log = NewLog();
        await log.StartAsync(CancellationToken.None);
        var chat = NewChat(log);

        var first = Assert.IsType<AnswerReply>(await chat.HandleAsync(Ask("What restrictions did US authorities announce against the Turkish Defense Industry Authority?")));
        var followUp = Assert.IsType<AnswerReply>(await chat.HandleAsync(Ask("when?")));
        var elsewhere = Assert.IsType<AnswerReply>(await chat.HandleAsync(Ask("when?", "slack:C1:1700000000.000999")));
        await log.StopAsync(CancellationToken.None);

        Assert.True(followUp.Answer.Answered);
        Assert.Contains("December 14, 2020", followUp.Answer.Citations[0].Passage, StringComparison.Ordinal);
        Assert.False(elsewhere.Answer.Answered); // another thread has no context: "when?" alone has nothing to search
        Assert.NotNull(first.AnswerId);
        Assert.NotNull(followUp.AnswerId);
        Assert.NotEqual(first.AnswerId, followUp.AnswerId);

        var rows = log.Store!.Read(DateTimeOffset.MinValue);
        Assert.Null(rows[0].FollowUpOf);
        Assert.Equal(rows[0].Id, rows[1].FollowUpOf);
        Assert.Equal(["when?", first.Answer.Question], _memory.Recall(Thread).Select(t => t.Question));
    }

    [Fact]
    public async Task Forgetting_the_conversation_makes_the_next_question_stand_alone()
    {
        var chat = NewChat(null);
        await chat.HandleAsync(Ask("What restrictions did US authorities announce against the Turkish Defense Industry Authority?"));

        chat.ForgetConversation(Thread);
        var after = Assert.IsType<AnswerReply>(await chat.HandleAsync(Ask("when?")));

        Assert.False(after.Answer.Answered);
        Assert.False(_memory.Knows(Thread));
    }

    [Fact]
    public async Task A_vote_is_recorded_and_a_second_click_replaces_it()
    {
        using var log = NewLog();
        await log.StartAsync(CancellationToken.None);
        var chat = NewChat(log);
        var answer = Assert.IsType<AnswerReply>(await chat.HandleAsync(Ask("How much did Turkey pay for the S-400?")));

        Assert.True(chat.Vote(Member, answer.AnswerId!, Vote.Down));
        Assert.True(chat.Vote(Member, answer.AnswerId!, Vote.Up));
        Assert.True(chat.Vote(Member with { Id = "U2" }, answer.AnswerId!, Vote.Down));
        Assert.False(chat.Vote(Member, new string('a', 65), Vote.Up)); // not a key the bot hands out
        await log.StopAsync(CancellationToken.None);

        Assert.Equal([Vote.Up, Vote.Down], log.Store!.Votes(answer.AnswerId!).OrderBy(v => v.UserKey == log.Store.UserKey("slack", "U1") ? 0 : 1).Select(v => v.Vote));
        Assert.Equal(0, log.Store.Read(DateTimeOffset.MinValue).Single().Feedback);
    }

    [Fact]
    public async Task With_the_log_off_answers_carry_no_vote_key_and_votes_are_refused()
    {
        using var log = NewLog(enabled: false);
        var chat = NewChat(log);

        var answer = Assert.IsType<AnswerReply>(await chat.HandleAsync(Ask("How much did Turkey pay for the S-400?")));

        Assert.True(answer.Answer.Answered);
        Assert.Null(answer.AnswerId);
        Assert.False(chat.Vote(Member, "0123456789abcdef01234567", Vote.Up));
        Assert.True(_memory.Knows(Thread)); // follow-ups still work without the log
    }

    [Fact]
    public async Task A_refused_question_is_not_remembered_and_carries_no_vote_key()
    {
        using var log = NewLog();
        var chat = NewChat(log);

        var reply = Assert.IsType<AnswerReply>(await chat.HandleAsync(Ask("   ")));

        Assert.Null(reply.AnswerId);
        Assert.False(_memory.Knows(Thread));
    }
}
