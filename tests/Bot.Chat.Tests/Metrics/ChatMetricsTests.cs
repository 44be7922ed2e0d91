using System.Diagnostics.Metrics;
using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Chat.Limits;
using Bot.Chat.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Tests.Metrics;

// What the "Bot" meter records as people ask, read with a MeterListener as dotnet-counters would.
public sealed class ChatMetricsTests : IDisposable
{
    private static readonly ChatUser Member = new("slack", "U1", IsAdmin: false);
    private static readonly ChatUser Admin = new("discord", "A1", IsAdmin: true);
    private readonly SeededKnowledge _seeded = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly BotMetrics _metrics = new();
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, string Tags)> _recorded = [];
    private readonly ChatService _chat;

    public ChatMetricsTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter, _metrics.Meter))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, _, tags, _) => Record(i, tags));
        _listener.SetMeasurementEventCallback<double>((i, _, tags, _) => Record(i, tags));
        _listener.Start();
        var limiter = new RateLimiter(Options.Create(new RateLimitOptions { Questions = 3, WindowSeconds = 60 }), _clock);
        _chat = new ChatService(_seeded.Knowledge, limiter, NullLogger<ChatService>.Instance, _metrics, _clock);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _metrics.Dispose();
        _seeded.Dispose();
    }

    [Fact]
    public async Task Questions_are_counted_by_platform_and_outcome_each_with_its_latency()
    {
        await _chat.HandleAsync(ChatRequest.Ask(Member, "How much did Turkey pay for the S-400?"));
        await _chat.HandleAsync(ChatRequest.Ask(Member, "What will the weather be like on Mars tomorrow?"));
        await _chat.HandleAsync(ChatRequest.Ask(Member, "   "));
        await _chat.HandleAsync(ChatRequest.Ask(Member, "sanctions")); // the fourth in the window: rate limited
        await _chat.HandleAsync(new ChatRequest(Member, ChatCommand.Sources)); // not a question

        Assert.Equal(
            ["platform=slack,outcome=answered", "platform=slack,outcome=not_covered", "platform=slack,outcome=refused", "platform=slack,outcome=refused"],
            Tags("bot.questions"));
        Assert.Equal(Tags("bot.questions"), Tags("bot.answer.duration"));
    }

    [Fact]
    public async Task A_rebuild_is_counted_and_timed_around_the_rebuild_call()
    {
        await _chat.HandleAsync(new ChatRequest(Admin, ChatCommand.Reindex));

        Assert.Equal(["outcome=rebuilt"], Tags("bot.index.rebuilds"));
        Assert.Equal(["outcome=rebuilt"], Tags("bot.index.rebuild.duration"));
    }

    private string[] Tags(string instrument)
    {
        lock (_recorded)
        {
            return _recorded.Where(r => r.Instrument == instrument).Select(r => r.Tags).ToArray();
        }
    }

    private void Record(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var text = string.Join(',', tags.ToArray().Select(t => $"{t.Key}={t.Value}"));
        lock (_recorded)
        {
            _recorded.Add((instrument.Name, text));
        }
    }
}
