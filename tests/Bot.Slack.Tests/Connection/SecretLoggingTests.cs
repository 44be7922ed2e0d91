using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Connection;

// Tokens, the signing secret and response URLs never reach a log line, at any level, whatever happens.
public sealed class SecretLoggingTests
{
    [Fact]
    public async Task A_full_run_in_both_modes_never_logs_a_secret()
    {
        LogCapture logs;
        await using (var h = await SlackHarness.StartAsync(prepare: harness =>
        {
            harness.Fake.Intercept = (method, nth) => (method, nth) switch
            {
                ("chat.postMessage", 1) => RawResult.RateLimited(1),
                ("reactions.add", _) => new RawResult(200, """{"ok": false, "error": "already_reacted"}"""),
                _ => null,
            };
            return Task.CompletedTask;
        }))
        {
            logs = h.Logs;
            var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);

            using var dm = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));
            using var forged = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question), signature: "v0=" + new string('a', 64));
            using var command = await h.PostCommandAsync(Payloads.Command("/ask", SlackHarness.Question));
            await socket.SendAsync(Payloads.MentionEnvelope(h.Fake.BotUserId, SlackHarness.Question), h.Timeout);
            await socket.SendAsync(Payloads.CommandEnvelope("sources"), h.Timeout);
            while (h.Fake.Calls("response_url").Count < 2 || h.Fake.Calls("reactions.remove").Count < 2)
            {
                await Task.Delay(20, h.Timeout);
            }

            await socket.SendAsync(Payloads.Disconnect("refresh_requested"), h.Timeout);
            await h.Fake.WaitForSocketAsync(2, h.Timeout);
        }

        // The capture works (a test that cannot fail proves nothing)...
        Assert.Contains(logs.Lines, l => l.Contains("signed in as " + Payloads.BotName, StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("rate limited; retrying", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("Rejected a request to /slack/events", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("api/chat.postMessage", StringComparison.Ordinal));

        // ...and no secret is in it: not whole, not the part after the prefix.
        string[] secrets =
        [
            SlackHarness.BotToken, SlackHarness.BotToken["xoxb-".Length..],
            SlackHarness.AppToken, SlackHarness.AppToken["xapp-".Length..],
            SlackHarness.SigningSecret,
            "96rGlfmibIGlgcZRskXaIFfN", // the response_url's secret path (a capability URL)
            "ticket=",                  // the Socket Mode connection URL
        ];
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(logs.Lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}
