using System.Diagnostics;
using System.Diagnostics.Metrics;
using Bot.Chat.Questions;
using Bot.Knowledge.Index;

namespace Bot.Chat.Metrics;

// The bot's meter, MeterName: what an operator watches with
// dotnet-counters monitor --counters Bot or scrapes from /metrics. Tags are small fixed
// sets (platform, outcome), never a user, channel or question.
public sealed class BotMetrics : IDisposable
{
    public const string MeterName = "Bot";

    private readonly Meter _meter;
    private readonly Counter<long> _questions;
    private readonly Histogram<double> _answerDuration;
    private readonly Counter<long> _rebuilds;
    private readonly Histogram<double> _rebuildDuration;
    private readonly Counter<long> _apiErrors;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _reconnects;

    // questionLog: when given, its written, dropped and failed counts are observed on every scrape.
    public BotMetrics(QuestionLog? questionLog = null)
    {
        _meter = new Meter(MeterName, BotVersion.Number);
        if (questionLog is not null)
        {
            // Observable: the log already counts (off the answer path); a scrape reads the counts as they are.
            // A growing "dropped" or "failed" is the one sign of a log that is full or cannot be written.
            _meter.CreateObservableCounter("bot.question_log.entries", () => (Measurement<long>[])
            [
                new(questionLog.Written, new KeyValuePair<string, object?>("result", "written")),
                new(questionLog.Dropped, new KeyValuePair<string, object?>("result", "dropped")),
                new(questionLog.Failed, new KeyValuePair<string, object?>("result", "failed")),
            ], "{entry}", "Question-log entries (questions and votes) by result: written to the file, dropped (queue full), failed (file not writable).");
        }

        _questions = _meter.CreateCounter<long>("bot.questions", "{question}", "Questions by platform and outcome (answered, not_covered, refused, failed).");
        _answerDuration = _meter.CreateHistogram<double>("bot.answer.duration", "s", "Time from taking a question to having its reply, by platform.");
        _rebuilds = _meter.CreateCounter<long>("bot.index.rebuilds", "{rebuild}", "Index rebuilds by outcome.");
        _rebuildDuration = _meter.CreateHistogram<double>("bot.index.rebuild.duration", "s", "How long index rebuilds took.");
        _apiErrors = _meter.CreateCounter<long>("bot.platform.errors", "{error}", "Platform API calls that failed (HTTP error, ok:false, network), by platform.");
        _rateLimited = _meter.CreateCounter<long>("bot.platform.rate_limited", "{response}", "HTTP 429 answers from a platform's API, by platform.");
        _reconnects = _meter.CreateCounter<long>("bot.platform.reconnects", "{reconnect}", "Discord gateway and Slack Socket Mode reconnects, by platform.");
    }

    // For tests: the meter these instruments belong to.
    public Meter Meter => _meter;

    public void Question(string platform, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "platform", platform }, { "outcome", outcome } };
        _questions.Add(1, tags);
        _answerDuration.Record(elapsed.TotalSeconds, tags);
    }

    public void Rebuild(RebuildOutcome result, TimeSpan elapsed)
    {
        var outcome = result switch
        {
            RebuildOutcome.Rebuilt => "rebuilt",
            RebuildOutcome.AlreadyRunning => "already_running",
            _ => "failed",
        };
        _rebuilds.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        _rebuildDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));
    }

    public void ApiError(string platform) => _apiErrors.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void RateLimited(string platform) => _rateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void Reconnect(string platform) => _reconnects.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void Dispose() => _meter.Dispose();
}
