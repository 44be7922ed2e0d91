using System.Globalization;
using System.Net;
using System.Text;
using DiscordFakes = Bot.Testing.Discord;
using SlackFakes = Bot.Testing.Slack;

namespace Bot.Tests.Hosting;

// The bot process over its whole life with both platforms: what it prints, and how it stops.
public sealed class PlatformLifetimeTests
{
    private static readonly TimeSpan StopWithin = TimeSpan.FromSeconds(10);

    [BothPlatformsFact(UsesSignals = true)]
    public async Task Tokens_and_secrets_never_reach_the_output_even_at_trace_level()
    {
        await using var bot = await BothPlatforms.StartAsync(logLevel: "Trace");

        // Every way a credential travels: both Slack tokens in headers, the signing secret checking a
        // signature, the Discord token in GET /gateway/bot and IDENTIFY, then answers on each transport.
        await bot.SendMentionOverSocketModeAsync("secret-envelope-1", "EvSECRET01", ts: "1700000000.000301");
        await bot.SendAskOverGatewayAsync("1300000000000000301", "secret-interaction-token");
        using (var command = await bot.PostSlackCommandAsync(bot.AskCommandForm()))
        {
            Assert.Equal(HttpStatusCode.OK, command.StatusCode);
        }

        var ping = Encoding.UTF8.GetBytes("""{"id":"1300000000000000302","type":1,"token":"secret-ping-token","version":1}""");
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using (var pong = await bot.PostInteractionAsync(ping, timestamp, DiscordFakes.InteractionSigner.Sign(timestamp, ping)))
        {
            Assert.Equal(HttpStatusCode.OK, pong.StatusCode);
        }

        await bot.WaitForSlackAsync("chat.postMessage", _ => true, "the mention's answer");
        await bot.WaitForSlackAsync("response_url", _ => true, "the slash command's answer");
        await bot.WaitForDiscordAsync("PATCH", $"/webhooks/{DiscordFakes.FakeDiscord.ApplicationId}/secret-interaction-token/messages/@original", "the /ask answer");
        await bot.WaitForDiscordAsync("PUT", $"/applications/{DiscordFakes.FakeDiscord.ApplicationId}/commands", "the command registration");
        var (_, output) = await bot.Bot.SignalAsync("TERM", StopWithin);

        // The log was really captured, down to trace level: its silence about the secrets means something.
        Assert.Contains("Socket Mode connected", output, StringComparison.Ordinal);
        Assert.Contains("Connected to the Discord gateway", output, StringComparison.Ordinal);
        Assert.Contains("trce:", output, StringComparison.Ordinal);
        var credentials = new Dictionary<string, string>(bot.Secrets)
        {
            ["a Discord interaction token"] = "secret-interaction-token",
            ["a Slack response_url"] = SlackFakes.Payloads.CommandResponsePath.Split('/')[^1],
        };
        Assert.All(credentials, c => Assert.False(output.Contains(c.Value, StringComparison.Ordinal), $"{c.Key} appears in the output:\n{output}"));
    }

    [BothPlatformsFact(UsesSigint = true)]
    public Task SIGINT_stops_the_bot_within_10_s_with_exit_code_0_ending_the_discord_session() => StopsCleanlyAsync("INT");

    [BothPlatformsFact(UsesSignals = true)]
    public Task SIGTERM_stops_the_bot_within_10_s_with_exit_code_0_ending_the_discord_session() => StopsCleanlyAsync("TERM");

    // Guards src/Bot/Program.cs giving System.CommandLine a ProcessTerminationTimeout beyond the host's
    // 30 s grace period: with its default 2 s, SIGTERM exited 143 mid-answer and the answer was lost.
    [BothPlatformsFact(UsesSignals = true)]
    public async Task An_answer_in_progress_when_SIGTERM_arrives_is_still_delivered_before_the_bot_exits()
    {
        await using var bot = await BothPlatforms.StartAsync();

        // Slack is slow to take the 👀 reaction, so the answer is still to come when the stop signal
        // arrives; longer than System.CommandLine's default 2 s wait for a cancelled command.
        bot.Slack.Intercept = (method, _) => method == "reactions.add" ? new SlowResult(TimeSpan.FromSeconds(4), """{"ok": true}""") : null;
        await bot.SendMentionOverSocketModeAsync("inflight-envelope-1", "EvINFLIGHT1", ts: "1700000000.000401");
        await bot.WaitForSlackAsync("reactions.add", _ => true, "the 👀 reaction (the answer is under way)");

        var (exitCode, output) = await bot.Bot.SignalAsync("TERM", StopWithin);

        // AnswerPipeline: "on shutdown the ones in progress get the host's grace period to finish".
        Assert.Contains(bot.Slack.Calls("chat.postMessage"), r => r["thread_ts"] == "1700000000.000401");
        Assert.True(exitCode == 0, $"exit code {exitCode} after SIGTERM:\n{output}");
    }

    // The Discord twin: gateway events ran in untracked tasks tied to the gateway's token, so the host
    // stopped in 0.1 s and the @original edit never came, with nothing logged at warning.
    [BothPlatformsFact(UsesSignals = true)]
    public async Task A_discord_ask_in_progress_when_SIGTERM_arrives_is_still_delivered_before_the_bot_exits()
    {
        await using var bot = await BothPlatforms.StartAsync();

        // Discord is slow to take the deferral, so the edit is still to come when the stop signal arrives.
        bot.Discord.Respond = r => r.Method == "POST" && r.Path.EndsWith("/callback", StringComparison.Ordinal)
            ? new DiscordFakes.FakeResponse(204, Delay: TimeSpan.FromSeconds(4))
            : null;
        await bot.SendAskOverGatewayAsync("1300000000000000501", "inflight-interaction-token");
        await bot.WaitForDiscordAsync("POST", "/interactions/1300000000000000501/inflight-interaction-token/callback", "the deferral (the answer is under way)");

        var (exitCode, output) = await bot.Bot.SignalAsync("TERM", StopWithin);

        Assert.Contains(bot.Discord.Requests, r => r.Method == "PATCH" && r.Path == $"/webhooks/{DiscordFakes.FakeDiscord.ApplicationId}/inflight-interaction-token/messages/@original");
        Assert.True(exitCode == 0, $"exit code {exitCode} after SIGTERM:\n{output}");
    }

    // Kestrel cuts a body that arrives too slowly with 408 (240 bytes/s after a 5 s grace); that is the
    // client's problem, and was logged as an error-level "unhandled exception" with a stack trace.
    [BothPlatformsFact(UsesSignals = true)]
    public async Task A_slow_request_body_is_cut_with_408_and_not_logged_as_an_error()
    {
        await using var bot = await BothPlatforms.StartAsync();

        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(bot.BotUri.Host, bot.BotUri.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /slack/events HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"));
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(20));
        var (_, output) = await bot.Bot.SignalAsync("TERM", StopWithin);

        Assert.StartsWith("HTTP/1.1 408", Encoding.ASCII.GetString(buffer, 0, read), StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", output, StringComparison.Ordinal);
        Assert.DoesNotContain("unhandled exception", output, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task StopsCleanlyAsync(string signal)
    {
        await using var bot = await BothPlatforms.StartAsync();

        var (exitCode, output) = await bot.Bot.SignalAsync(signal, StopWithin);

        Assert.True(exitCode == 0, $"exit code {exitCode} after SIG{signal}:\n{output}");
        await bot.Gateway.Closed.WaitAsync(StopWithin); // the process is gone: the fake has seen all it will

        // 1000: the session ends and the bot shows offline at once, instead of lingering as a zombie (https://discord.com/developers/docs/events/gateway).
        Assert.Equal(1000, bot.Gateway.ClientCloseCode);
    }
}
