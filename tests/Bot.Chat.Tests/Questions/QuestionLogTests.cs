using Bot.Chat.Conversations;
using Bot.Chat.Limits;
using Bot.Chat.Metrics;
using Bot.Chat.Questions;
using Bot.Chat.Replies;
using Bot.Knowledge;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Tests.Questions;

public sealed class QuestionLogTests : IDisposable
{
    private static readonly ChatUser Member = new("slack", "U1", IsAdmin: false);
    private readonly SeededKnowledge _seeded = new();
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly LogCapture _logs = new();

    public void Dispose()
    {
        _logs.Dispose();
        _folder.Dispose();
        _seeded.Dispose();
    }

    private QuestionLog NewLog(LogOptions options) =>
        new(Options.Create(options), Options.Create(_seeded.Options), _clock, new Wrapped(_logs.CreateLogger(nameof(QuestionLog))));

    private ChatService NewChat(QuestionLog log, int questions = 10) =>
        new(_seeded.Knowledge, new RateLimiter(Options.Create(new RateLimitOptions { Questions = questions, WindowSeconds = 60 }), _clock), NullLogger<ChatService>.Instance, time: _clock, questionLog: log);

    [Fact]
    public async Task Answered_not_covered_and_refused_questions_are_recorded_with_a_hashed_user()
    {
        var options = new LogOptions { Path = _folder.File("log/questions.sqlite") };
        using var log = NewLog(options);
        await log.StartAsync(CancellationToken.None);
        var chat = NewChat(log, questions: 2);

        var answered = Assert.IsType<AnswerReply>(await chat.HandleAsync(new ChatRequest(Member, Commands.ChatCommand.Ask, "How much did Turkey pay for the S-400?", "C42")));
        var uncovered = Assert.IsType<AnswerReply>(await chat.HandleAsync(ChatRequest.Ask(Member, "What is the best recipe for banana bread with walnuts?")));
        Assert.IsType<RateLimitedReply>(await chat.HandleAsync(ChatRequest.Ask(Member, "sanctions")));
        await log.StopAsync(CancellationToken.None);

        Assert.True(answered.Answer.Answered);
        Assert.False(uncovered.Answer.Answered);
        var rows = log.Store!.Read(DateTimeOffset.MinValue);
        Assert.Equal([QuestionOutcome.Answered, QuestionOutcome.NotCovered, QuestionOutcome.Refused], rows.Select(r => r.Outcome));
        Assert.All(rows, r => Assert.Equal("slack", r.Platform));
        Assert.All(rows, r => Assert.Equal(_clock.GetUtcNow(), r.Time));
        Assert.Equal("C42", rows[0].Channel);
        Assert.Equal(answered.Answer.Citations.Select(c => c.Document).Distinct(), rows[0].Documents);
        Assert.Equal(answered.Answer.Citations.Count, rows[0].Passages.Count);
        Assert.Equal(answered.Answer.Confidence, rows[0].Confidence);
        Assert.Empty(rows[1].Documents);
        Assert.Null(rows[2].Confidence);
        Assert.All(rows, r => Assert.Null(r.Feedback));
        Assert.All(rows, r => Assert.Null(r.FollowUpOf));

        // Hashed, the same for the same person, and not the raw id.
        Assert.Single(rows.Select(r => r.UserKey).Distinct());
        Assert.NotEqual("U1", rows[0].UserKey);
        Assert.Equal(64, rows[0].UserKey.Length);
        Assert.Equal(log.Store.UserKey("slack", "U1"), rows[0].UserKey);
    }

    [Fact]
    public async Task With_StoreUserIds_the_raw_id_is_kept()
    {
        using var log = NewLog(new LogOptions { Path = _folder.File("q.sqlite"), StoreUserIds = true });
        await log.StartAsync(CancellationToken.None);
        await NewChat(log).HandleAsync(ChatRequest.Ask(Member, "sanctions"));
        await log.StopAsync(CancellationToken.None);

        Assert.Equal("U1", Assert.Single(log.Store!.Read(DateTimeOffset.MinValue)).UserKey);
    }

    [Fact]
    public async Task Rows_older_than_the_retention_are_deleted_at_start_and_then_daily()
    {
        var path = _folder.File("q.sqlite");
        var store = new QuestionLogStore(path, storeUserIds: false);
        store.Migrate();
        var now = _clock.GetUtcNow();
        store.Insert([Row(now.AddDays(-31), "old"), Row(now.AddDays(-29.5), "ages tomorrow"), Row(now.AddDays(-1), "recent")]);

        using var log = NewLog(new LogOptions { Path = path, RetentionDays = 30 });
        await log.StartAsync(CancellationToken.None);
        await Until(() => store.Read(DateTimeOffset.MinValue).Count == 2);
        Assert.Equal(["ages tomorrow", "recent"], store.Read(DateTimeOffset.MinValue).Select(r => r.Question));

        _clock.Advance(TimeSpan.FromDays(1));
        await Until(() => store.Read(DateTimeOffset.MinValue).Count == 1);
        Assert.Equal("recent", Assert.Single(store.Read(DateTimeOffset.MinValue)).Question);
        await log.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_log_whose_folder_cannot_be_created_never_stops_answers_and_warns_once()
    {
        File.WriteAllText(_folder.File("blocker"), "a file where the log's folder should be");
        using var log = NewLog(new LogOptions { Path = _folder.File("blocker/questions.sqlite") });
        await log.StartAsync(CancellationToken.None);
        var chat = NewChat(log);

        for (var i = 0; i < 3; i++)
        {
            Assert.IsType<AnswerReply>(await chat.HandleAsync(ChatRequest.Ask(Member, "How much did Turkey pay for the S-400?")));
        }

        await log.StopAsync(CancellationToken.None);
        Assert.Equal(3, log.Failed);
        Assert.Equal(0, log.Written);
        Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task A_log_file_that_is_not_a_database_never_stops_answers_and_warns_once()
    {
        var path = _folder.File("questions.sqlite");
        File.WriteAllText(path, new string('x', 4096));
        using var log = NewLog(new LogOptions { Path = path });
        await log.StartAsync(CancellationToken.None);
        var chat = NewChat(log);

        Assert.IsType<AnswerReply>(await chat.HandleAsync(ChatRequest.Ask(Member, "How much did Turkey pay for the S-400?")));
        Assert.IsType<AnswerReply>(await chat.HandleAsync(ChatRequest.Ask(Member, "sanctions")));

        await log.StopAsync(CancellationToken.None);
        Assert.Equal(2, log.Failed);
        Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task A_log_made_read_only_after_start_never_stops_answers()
    {
        var path = _folder.File("questions.sqlite");
        using var log = NewLog(new LogOptions { Path = path });
        await log.StartAsync(CancellationToken.None);
        var chat = NewChat(log);
        Assert.IsType<AnswerReply>(await chat.HandleAsync(ChatRequest.Ask(Member, "sanctions")));
        await Until(() => log.Written == 1);

        // Replacing the file by a folder breaks every later write, whoever runs the tests (root ignores file modes).
        File.Delete(path);
        Directory.CreateDirectory(path);
        Assert.IsType<AnswerReply>(await chat.HandleAsync(ChatRequest.Ask(Member, "How much did Turkey pay for the S-400?")));

        await log.StopAsync(CancellationToken.None);
        Assert.Equal(1, log.Failed);
        Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public void A_full_queue_drops_and_counts_instead_of_waiting()
    {
        using var log = NewLog(new LogOptions { Path = _folder.File("q.sqlite"), QueueCapacity = 2 });

        // Not started: nothing drains the queue.
        for (var i = 0; i < 5; i++)
        {
            log.Record(Row(_clock.GetUtcNow(), "q" + i));
        }

        Assert.Equal(3, log.Dropped);
        Assert.Single(_logs.Entries, e => e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task A_disabled_log_writes_no_file_and_the_report_says_it_is_off()
    {
        var path = _folder.File("q.sqlite");
        using var log = NewLog(new LogOptions { Path = path, Enabled = false });
        await log.StartAsync(CancellationToken.None);
        var chat = NewChat(log);
        Assert.IsType<AnswerReply>(await chat.HandleAsync(ChatRequest.Ask(Member, "sanctions")));
        var report = Assert.IsType<ReportReply>(await chat.HandleAsync(new ChatRequest(new ChatUser("slack", "A", IsAdmin: true), Commands.ChatCommand.Report)));
        await log.StopAsync(CancellationToken.None);

        Assert.False(File.Exists(path));
        Assert.Null(report.Report);
        Assert.Contains("turned off", Bot.Chat.Rendering.PlainTextRenderer.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Forget_deletes_one_persons_rows_on_one_or_every_platform()
    {
        var store = new QuestionLogStore(_folder.File("q.sqlite"), storeUserIds: false);
        store.Migrate();
        var now = _clock.GetUtcNow();
        store.Insert([Row(now, "a", "slack", "U1"), Row(now, "b", "discord", "U1"), Row(now, "c", "slack", "U2")]);

        Assert.Equal(1, store.Forget("U1", "discord"));
        Assert.Equal(["a", "c"], store.Read(DateTimeOffset.MinValue).Select(r => r.Question));
        Assert.Equal(1, store.Forget("U1", null));
        Assert.Equal(["c"], store.Read(DateTimeOffset.MinValue).Select(r => r.Question));
        Assert.Equal(0, store.Forget("nobody", null));
    }

    [Fact]
    public void Migrating_twice_keeps_the_rows_and_the_salt()
    {
        var path = _folder.File("q.sqlite");
        var first = new QuestionLogStore(path, storeUserIds: false);
        first.Migrate();
        first.Insert([Row(_clock.GetUtcNow(), "kept")]);
        var key = first.UserKey("slack", "U1");

        var second = new QuestionLogStore(path, storeUserIds: false);
        second.Migrate();
        Assert.Equal("kept", Assert.Single(second.Read(DateTimeOffset.MinValue)).Question);
        Assert.Equal(key, second.UserKey("slack", "U1"));
        var other = new QuestionLogStore(_folder.File("other.sqlite"), storeUserIds: false);
        other.Migrate();
        Assert.NotEqual(key, other.UserKey("slack", "U1")); // the salt is per install
    }

    private static QuestionRecord Row(DateTimeOffset time, string question, string platform = "slack", string user = "U1") =>
        new(time, platform, null, user, question, QuestionOutcome.Answered, 0.8, ["a.txt"], ["a.txt ¶1"]);

    // Waits for the background writer; fails rather than hangs.
    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the question log did not get there in 10 s");
            await Task.Delay(10);
        }
    }

    private sealed class Wrapped(ILogger inner) : ILogger<QuestionLog>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
