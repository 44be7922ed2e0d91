using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Chat.Limits;
using Bot.Chat.Replies;
using Bot.Knowledge.Index;
using Bot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Tests.Conversations;

public sealed class ChatServiceTests : IDisposable
{
    private static readonly ChatUser Member = new("test", "U1", IsAdmin: false);
    private static readonly ChatUser Admin = new("test", "A1", IsAdmin: true);
    private readonly SeededKnowledge _seeded = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly ChatService _chat;

    public ChatServiceTests()
    {
        var limiter = new RateLimiter(Options.Create(new RateLimitOptions { Questions = 3, WindowSeconds = 60 }), _clock);
        _chat = new ChatService(_seeded.Knowledge, limiter, NullLogger<ChatService>.Instance);
    }

    public void Dispose() => _seeded.Dispose();

    [Fact]
    public async Task A_question_is_answered_from_the_material()
    {
        var reply = Assert.IsType<AnswerReply>(await _chat.HandleAsync(ChatRequest.Ask(Member, "How much did Turkey pay for the S-400?")));
        Assert.Contains("$2.5 billion", reply.Answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_the_limit_a_member_is_told_when_to_try_again_and_later_can()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.IsType<AnswerReply>(await _chat.HandleAsync(ChatRequest.Ask(Member, "sanctions")));
        }

        _clock.Advance(TimeSpan.FromSeconds(20));
        var limited = Assert.IsType<RateLimitedReply>(await _chat.HandleAsync(ChatRequest.Ask(Member, "sanctions")));
        Assert.Equal(40, limited.RetryAfterSeconds);
        Assert.True(limited.IsPrivate);

        Assert.IsType<AnswerReply>(await _chat.HandleAsync(ChatRequest.Ask(Member with { Id = "U2" }, "sanctions")));
        _clock.Advance(TimeSpan.FromSeconds(41));
        Assert.IsType<AnswerReply>(await _chat.HandleAsync(ChatRequest.Ask(Member, "sanctions")));
    }

    [Fact]
    public async Task The_limit_is_per_platform_and_user()
    {
        for (var i = 0; i < 3; i++)
        {
            await _chat.HandleAsync(ChatRequest.Ask(Member, "sanctions"));
        }

        Assert.IsType<AnswerReply>(await _chat.HandleAsync(ChatRequest.Ask(Member with { Platform = "other" }, "sanctions")));
    }

    [Fact]
    public async Task Admins_are_not_rate_limited()
    {
        for (var i = 0; i < 10; i++)
        {
            Assert.IsType<AnswerReply>(await _chat.HandleAsync(ChatRequest.Ask(Admin, "sanctions")));
        }
    }

    [Theory]
    [InlineData(ChatCommand.Reindex)]
    [InlineData(ChatCommand.Status)]
    [InlineData(ChatCommand.Report)]
    public async Task Members_cannot_use_admin_commands_and_nothing_changes(ChatCommand command)
    {
        var before = _seeded.Index.GetStatus().Info!.BuiltAt;
        var reply = Assert.IsType<NotAllowedReply>(await _chat.HandleAsync(new ChatRequest(Member, command)));
        Assert.True(reply.IsPrivate);
        Assert.Equal(before, _seeded.Index.GetStatus().Info!.BuiltAt);
    }

    [Fact]
    public async Task An_admin_reindex_rebuilds_and_reports_counts()
    {
        var before = _seeded.Index.GetStatus().Info!.BuiltAt;
        var reply = Assert.IsType<RebuildReply>(await _chat.HandleAsync(new ChatRequest(Admin, ChatCommand.Reindex)));
        Assert.Equal(RebuildOutcome.Rebuilt, reply.Result.Outcome);
        Assert.Equal(5, reply.Result.Documents);
        Assert.True(reply.Result.Passages > 5);
        Assert.True(_seeded.Index.GetStatus().Info!.BuiltAt > before);
    }

    [Fact]
    public async Task Sources_list_every_document()
    {
        var reply = Assert.IsType<SourcesReply>(await _chat.HandleAsync(new ChatRequest(Member, ChatCommand.Sources)));
        Assert.Equal(5, reply.Documents.Count);
    }

    [Theory]
    [InlineData("help", ChatCommand.Help)]
    [InlineData("/sources", ChatCommand.Sources)]
    [InlineData("  /reindex ", ChatCommand.Reindex)]
    [InlineData("status", ChatCommand.Status)]
    [InlineData("/report", ChatCommand.Report)]
    [InlineData("what is CAATSA?", ChatCommand.Ask)]
    public void Free_text_is_parsed_into_commands(string text, ChatCommand expected) =>
        Assert.Equal(expected, ChatCommandParser.Parse(Member, text).Command);

    [Fact]
    public void Report_is_an_admin_command_of_the_one_table()
    {
        var report = ChatCommands.Find("report");
        Assert.NotNull(report);
        Assert.True(report.AdminOnly);
        Assert.Equal(ChatCommand.Report, report.Command);
        Assert.Same(report, ChatCommands.Named("report"));
        Assert.Contains(report, ChatCommands.All);
    }
}
