using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Chat.Limits;
using Bot.Chat.Questions;
using Bot.Chat.Replies;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Tests.Conversations;

// Conversations kept in the question log's file: a restart (a new log, memory and service on the
// same file) still reads a follow-up in context, until the conversation expires, "/new" ends it,
// retention or "bot log forget" deletes it. Without the log, memory alone, as before.
public sealed class ConversationPersistenceTests : IDisposable
{
    private const string Thread = "slack:C1:1700000000.000100";
    private const string First = "What restrictions did US authorities announce against the Turkish Defense Industry Authority?";
    private static readonly string[] Questions =
    [
        First,
        "How much did Turkey pay for the S-400?",
        "Which sanctions law did the United States use against Turkey?",
        "Who leads the Turkish Defense Industry Authority?",
        "What did Turkey buy from Russia?",
    ];

    private static readonly ChatUser Member = new("slack", "U1", IsAdmin: false);
    private readonly SeededKnowledge _seeded = new();
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _folder.Dispose();
        _seeded.Dispose();
    }

    // One run of the bot: its own log, memory and service over the same file.
    private sealed record Run(QuestionLog Log, ConversationMemory Memory, ChatService Chat) : IDisposable
    {
        public void Dispose() => Log.Dispose();
    }

    private async Task<Run> StartAsync(bool logEnabled = true, string? path = null)
    {
        var log = new QuestionLog(
            Options.Create(new LogOptions { Path = path ?? _folder.File("q.sqlite"), Enabled = logEnabled }), Options.Create(_seeded.Options), _clock, NullLogger<QuestionLog>.Instance);
        await log.StartAsync(CancellationToken.None);
        var memory = new ConversationMemory(_clock, Options.Create(new ConversationOptions()), log, NullLogger<ConversationMemory>.Instance);
        var chat = new ChatService(_seeded.Knowledge, new RateLimiter(Options.Create(new RateLimitOptions { Questions = 10, WindowSeconds = 60 }), _clock),
            NullLogger<ChatService>.Instance, time: _clock, questionLog: log, conversations: memory);
        return new Run(log, memory, chat);
    }

    private static async Task StopAsync(Run run)
    {
        await run.Log.StopAsync(CancellationToken.None);
        run.Dispose();
    }

    private static ChatRequest Ask(string question, string conversation = Thread) => new(Member, ChatCommand.Ask, question, "C1", conversation);

    // Asks the first question in the thread and links the bot's posted answer, then stops (the queue drains).
    private async Task<AnswerReply> AnswerThenStopAsync()
    {
        var run = await StartAsync();
        var first = Assert.IsType<AnswerReply>(await run.Chat.HandleAsync(Ask(First)));
        run.Memory.Link("posted-1", Thread);
        await StopAsync(run);
        return first;
    }

    [Fact]
    public async Task A_follow_up_after_a_restart_is_read_in_context_and_logged_as_a_follow_up()
    {
        var first = await AnswerThenStopAsync();

        var run = await StartAsync();
        Assert.True(run.Memory.Knows(Thread));
        Assert.Equal(Thread, run.Memory.Find("posted-1"));
        var followUp = Assert.IsType<AnswerReply>(await run.Chat.HandleAsync(Ask("when?")));
        var elsewhere = Assert.IsType<AnswerReply>(await run.Chat.HandleAsync(Ask("when?", "slack:C1:1700000000.000999")));
        await StopAsync(run);

        Assert.True(first.Answer.Answered);
        Assert.True(followUp.Answer.Answered);
        Assert.Contains("December 14, 2020", followUp.Answer.Citations[0].Passage, StringComparison.Ordinal);
        Assert.False(elsewhere.Answer.Answered);

        var after = await StartAsync();
        var rows = after.Log.Store!.Read(DateTimeOffset.MinValue);
        Assert.Equal(rows[0].Id, rows[1].FollowUpOf);
        Assert.Equal(["when?", First], after.Memory.Recall(Thread).Select(t => t.Question)); // both turns, most recent first
        Assert.Equal(first.Answer.Citations.Select(c => (c.Document, c.Paragraph, c.Number)), after.Memory.Recall(Thread)[1].Citations.Select(c => (c.Document, c.Paragraph, c.Number)));
        await StopAsync(after);
    }

    [Fact]
    public async Task A_conversation_expires_across_a_restart_as_in_memory()
    {
        await AnswerThenStopAsync();
        _clock.Advance(new ConversationOptions().Expiry - TimeSpan.FromMinutes(1));

        var run = await StartAsync();
        Assert.True(run.Memory.Knows(Thread));
        await StopAsync(run);

        _clock.Advance(TimeSpan.FromMinutes(1));
        var later = await StartAsync();
        Assert.False(later.Memory.Knows(Thread));
        Assert.Null(later.Memory.Find("posted-1"));
        var followUp = Assert.IsType<AnswerReply>(await later.Chat.HandleAsync(Ask("when?")));
        await StopAsync(later);

        Assert.False(followUp.Answer.Answered); // "when?" alone: nothing to search
    }

    [Fact]
    public async Task Only_the_last_MaxTurns_turns_are_read_back()
    {
        var run = await StartAsync();
        foreach (var question in Questions)
        {
            await run.Chat.HandleAsync(Ask(question));
        }

        await StopAsync(run);

        var after = await StartAsync();
        Assert.Equal(Questions.Reverse().Take(4), after.Memory.Recall(Thread).Select(t => t.Question));
        await StopAsync(after);
    }

    [Fact]
    public async Task A_new_conversation_stays_new_after_a_restart()
    {
        await AnswerThenStopAsync();
        var run = await StartAsync();
        run.Chat.ForgetConversation(Thread);
        await StopAsync(run);

        var after = await StartAsync();
        Assert.False(after.Memory.Knows(Thread));
        Assert.Null(after.Memory.Find("posted-1"));
        await StopAsync(after);
    }

    [Fact]
    public async Task A_new_conversation_is_not_brought_back_from_the_log_before_its_deletion_is_written()
    {
        await AnswerThenStopAsync();
        var run = await StartAsync();
        Assert.True(run.Memory.Knows(Thread));
        await run.Log.StopAsync(CancellationToken.None); // the writer is stopped: the deletion stays queued

        run.Chat.ForgetConversation(Thread);

        Assert.False(run.Memory.Knows(Thread));
        Assert.Null(run.Memory.Find("posted-1"));
        Assert.NotNull(run.Log.Store!.Conversation(Thread, 4)); // still in the file
        run.Dispose();
    }

    [Fact]
    public async Task Forgetting_a_person_deletes_their_conversation_turns_and_the_links_left_without_turns()
    {
        await AnswerThenStopAsync();
        var run = await StartAsync();
        await run.Chat.HandleAsync(Ask("How much did Turkey pay for the S-400?", "slack:C1:2"));
        await run.Chat.HandleAsync(new ChatRequest(Member with { Id = "U2" }, ChatCommand.Ask, "How much did Turkey pay for the S-400?", "C1", "slack:C1:3"));
        await StopAsync(run);

        var store = new QuestionLogStore(_folder.File("q.sqlite"), storeUserIds: false);
        store.Forget("U1", "slack");

        var after = await StartAsync();
        Assert.False(after.Memory.Knows(Thread));
        Assert.False(after.Memory.Knows("slack:C1:2"));
        Assert.Null(after.Memory.Find("posted-1"));
        Assert.True(after.Memory.Knows("slack:C1:3")); // another person's conversation stays
        await StopAsync(after);
    }

    [Fact]
    public async Task Retention_deletes_old_conversation_turns()
    {
        await AnswerThenStopAsync();
        var store = new QuestionLogStore(_folder.File("q.sqlite"), storeUserIds: false);

        store.DeleteOlderThan(_clock.GetUtcNow().AddSeconds(1));

        Assert.Null(store.Conversation(Thread, 4));
        Assert.Null(store.ConversationOf("posted-1"));
    }

    [Fact]
    public async Task With_the_log_off_a_restart_forgets_the_conversation()
    {
        var run = await StartAsync(logEnabled: false);
        await run.Chat.HandleAsync(Ask(First));
        Assert.True(run.Memory.Knows(Thread));
        await StopAsync(run);

        var after = await StartAsync(logEnabled: false);
        Assert.False(after.Memory.Knows(Thread));
        await StopAsync(after);
        Assert.False(File.Exists(_folder.File("q.sqlite")));
    }

    [Fact]
    public async Task A_log_that_cannot_be_opened_leaves_conversations_in_memory()
    {
        File.WriteAllText(_folder.File("not-a-folder"), "x");
        var run = await StartAsync(path: Path.Combine(_folder.File("not-a-folder"), "q.sqlite"));

        var first = Assert.IsType<AnswerReply>(await run.Chat.HandleAsync(Ask(First)));
        var followUp = Assert.IsType<AnswerReply>(await run.Chat.HandleAsync(Ask("when?")));
        run.Memory.Link("posted-1", Thread);
        await StopAsync(run);

        Assert.True(first.Answer.Answered);
        Assert.True(followUp.Answer.Answered);
        Assert.Equal(Thread, run.Memory.Find("posted-1"));
        Assert.False(run.Memory.Knows("slack:C1:other"));
    }
}
