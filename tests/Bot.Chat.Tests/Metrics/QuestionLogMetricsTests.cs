using System.Diagnostics.Metrics;
using Bot.Chat.Metrics;
using Bot.Chat.Questions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Tests.Metrics;

// The question log's own counts on the "Bot" meter, read as a scrape reads observable counters.
public sealed class QuestionLogMetricsTests : IDisposable
{
    private readonly SeededKnowledge _seeded = new();
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public void Dispose()
    {
        _folder.Dispose();
        _seeded.Dispose();
    }

    [Fact]
    public async Task Written_dropped_and_failed_log_entries_are_observed()
    {
        using var full = NewLog(_folder.File("full.sqlite"), capacity: 1);
        using var fullMetrics = new BotMetrics(full);
        full.Record(Row("kept"));
        full.Record(Row("dropped: the queue holds one"));
        await full.StartAsync(CancellationToken.None);
        await full.StopAsync(CancellationToken.None);

        Assert.Equal(new Dictionary<string, long> { ["written"] = 1, ["dropped"] = 1, ["failed"] = 0 }, Observe(fullMetrics));

        File.WriteAllText(_folder.File("blocker"), "a file where the log's folder should be");
        using var broken = NewLog(_folder.File("blocker/q.sqlite"), capacity: 10);
        using var brokenMetrics = new BotMetrics(broken);
        broken.Record(Row("cannot be written"));
        await broken.StartAsync(CancellationToken.None);
        await broken.StopAsync(CancellationToken.None);

        Assert.Equal(new Dictionary<string, long> { ["written"] = 0, ["dropped"] = 0, ["failed"] = 1 }, Observe(brokenMetrics));
    }

    [Fact]
    public void Without_a_log_no_log_counter_is_published()
    {
        using var metrics = new BotMetrics();

        Assert.Empty(Observe(metrics));
    }

    private QuestionLog NewLog(string path, int capacity) =>
        new(Options.Create(new LogOptions { Path = path, QueueCapacity = capacity }), Options.Create(_seeded.Options), _clock, NullLogger<QuestionLog>.Instance);

    private QuestionRecord Row(string question) =>
        new(_clock.GetUtcNow(), "slack", null, "U1", question, QuestionOutcome.Answered, 0.5, [], []);

    private static Dictionary<string, long> Observe(BotMetrics metrics)
    {
        var values = new Dictionary<string, long>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, metrics.Meter) && instrument.Name == "bot.question_log.entries")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => values[(string)tags[0].Value!] = value);
        listener.Start();
        listener.RecordObservableInstruments();
        return values;
    }
}
