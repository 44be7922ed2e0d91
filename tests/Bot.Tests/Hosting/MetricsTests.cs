namespace Bot.Tests.Hosting;

// The "Bot" meter as an operator scrapes it: /metrics in the Prometheus text format, beside /healthz.
public sealed class MetricsTests
{
    [BothPlatformsFact]
    public async Task Metrics_count_questions_by_platform_and_outcome_with_answer_latency()
    {
        await using var bot = await BothPlatforms.StartAsync();

        await bot.SendMentionOverSocketModeAsync("metrics-envelope-1", "EvMETRICS01", ts: "1700000000.000501");
        await bot.WaitForSlackAsync("chat.postMessage", r => r["thread_ts"] == "1700000000.000501", "the answer");

        // The exporter caches a scrape briefly; poll until the answer shows.
        var text = await bot.WaitForAsync(
            async ct =>
            {
                using var response = await bot.GetAsync("metrics");
                var body = await response.Content.ReadAsStringAsync(ct);
                return body.Contains("bot_questions_total{", StringComparison.Ordinal) ? body : null;
            },
            "bot_questions_total on /metrics");

        Assert.Contains(Lines(text), l => l.StartsWith("bot_questions_total{", StringComparison.Ordinal) && l.Contains("outcome=\"answered\"", StringComparison.Ordinal) && l.Contains("platform=\"slack\"", StringComparison.Ordinal) && l.EndsWith(" 1", StringComparison.Ordinal));
        Assert.Contains(Lines(text), l => l.StartsWith("bot_answer_duration_seconds_count{", StringComparison.Ordinal) && l.Contains("platform=\"slack\"", StringComparison.Ordinal));
        Assert.Contains("# TYPE bot_answer_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains(Lines(text), l => l.StartsWith("bot_question_log_entries_total{", StringComparison.Ordinal) && l.Contains("result=\"dropped\"", StringComparison.Ordinal));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries);
}
