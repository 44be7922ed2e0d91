using System.Text.Json.Nodes;
using Bot.Discord.Gateway;
using Bot.Discord.Tests.Fakes;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Bot.Discord.Tests.Gateway.GatewayHarness;

namespace Bot.Discord.Tests.Gateway;

// The gateway's life cycle against a loopback gateway that speaks https://discord.com/developers/docs/events/gateway, fed our own payloads written from the docs.
public sealed class GatewaySessionTests
{
    [Fact]
    public async Task Identify_carries_token_intents_and_shard_and_ready_connects_then_shutdown_closes_with_1000()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        FakeGatewayConnection connection;
        await using (var host = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?> { ["Discord:ShardId"] = "1", ["Discord:ShardCount"] = "2" }))
        {
            connection = await discord.AcceptAsync(cts.Token);
            Assert.Equal("/gateway", connection.Path);
            Assert.Equal("?v=10&encoding=json", connection.Query);

            var identify = await HandshakeAsync(connection, "session-1", discord.ResumeUrl, cts.Token);
            var d = identify["d"]!;
            Assert.Equal(FakeDiscord.Token, (string?)d["token"]);
            Assert.Equal(4609, (int)d["intents"]!); // GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES, no privileged intent
            Assert.Equal([1, 2], d["shard"]!.AsArray().Select(n => (int)n!));

            // Same field names as the docs' minimal IDENTIFY (plus shard); OwnPayloadConformanceTests holds the list to the docs' example.
            Assert.Equal(Payloads.IdentifyFields.Append("shard").Order(), d.AsObject().Select(p => p.Key).Order());
            Assert.Equal(Payloads.IdentifyPropertyFields.Order(), d["properties"]!.AsObject().Select(p => p.Key).Order());

            await Wait.UntilAsync(() => host.Status.State.StartsWith("connected as docs-bot", StringComparison.Ordinal), "the connected state");
            Assert.Contains("shard 1/2", host.Status.State, StringComparison.Ordinal);

            var gatewayBot = Assert.Single(discord.Requests, r => r.Path == "/gateway/bot");
            Assert.Equal($"Bot {FakeDiscord.Token}", gatewayBot.Header("Authorization"));
            Assert.Matches(@"^DiscordBot \(\S+, [0-9.]+\)$", gatewayBot.Header("User-Agent"));
        }

        await connection.Closed.WaitAsync(cts.Token);
        Assert.Equal(1000, connection.ClientCloseCode);
    }

    [Fact]
    public async Task Message_content_intent_is_requested_only_when_configured()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?> { ["Discord:MessageContentIntent"] = "true" });
        var connection = await discord.AcceptAsync(cts.Token);
        var identify = await HandshakeAsync(connection, "session-mc", discord.ResumeUrl, cts.Token);
        Assert.Equal(37377, (int)identify["d"]!["intents"]!);
        Assert.Null(identify["d"]!["shard"]);
    }

    [Fact]
    public async Task Heartbeats_carry_the_last_sequence_and_acked_ones_keep_the_connection()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-hb", discord.ResumeUrl, cts.Token, interval: 400);
        await connection.SendDispatchAsync("GUILD_CREATE", 2, GuildCreate());

        await Wait.UntilAsync(() => connection.Heartbeats.Count(h => (long?)h.Payload["d"] == 2) >= 3, "three heartbeats with d = 2");
        Assert.Equal(1, discord.ConnectionCount);
        Assert.Null(connection.ClientCloseCode);
    }

    [Fact]
    public async Task A_withheld_heartbeat_ack_closes_the_zombie_with_a_resumable_code_and_resumes_with_the_last_sequence()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var first = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(first, "session-zombie", discord.ResumeUrl, cts.Token, interval: 250);
        await first.SendDispatchAsync("GUILD_CREATE", 2, GuildCreate());
        await first.SendDispatchAsync("GUILD_CREATE", 3, GuildCreate());

        // Once a heartbeat shows the bot has seen sequence 3, stop acknowledging.
        await Wait.UntilAsync(() => first.Heartbeats.Any(h => (long?)h.Payload["d"] == 3), "a heartbeat with d = 3");
        first.AutoAck = false;
        await first.Closed.WaitAsync(cts.Token);
        Assert.True(IsResumableClose(first.ClientCloseCode), $"closed with {first.ClientCloseCode}; 1000/1001 would end the session");

        var second = await discord.AcceptAsync(cts.Token);
        Assert.Equal("/resume", second.Path);
        Assert.Equal("?v=10&encoding=json", second.Query);
        await second.SendHelloAsync(QuietInterval);
        var resume = await second.ReceiveAsync(cts.Token);
        Assert.Equal(6, (int)resume["op"]!);
        Assert.Equal(FakeDiscord.Token, (string?)resume["d"]!["token"]);
        Assert.Equal("session-zombie", (string?)resume["d"]!["session_id"]);
        Assert.Equal(3, (long)resume["d"]!["seq"]!);
        Assert.Equal(Payloads.ResumeFields.Order(), resume["d"]!.AsObject().Select(p => p.Key).Order());

        await second.SendDispatchAsync("RESUMED", 4, new JsonObject());
        await Wait.UntilAsync(() => host.Status.State.StartsWith("connected", StringComparison.Ordinal), "connected after RESUMED");
    }

    [Fact]
    public async Task Reconnect_op7_resumes_on_the_resume_url()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var first = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(first, "session-7", discord.ResumeUrl, cts.Token);
        await first.SendDispatchAsync("GUILD_CREATE", 2, GuildCreate());
        await first.SendAsync(Payloads.Reconnect());

        await first.Closed.WaitAsync(cts.Token);
        Assert.True(IsResumableClose(first.ClientCloseCode), $"closed with {first.ClientCloseCode}");
        var second = await discord.AcceptAsync(cts.Token);
        Assert.Equal("/resume", second.Path);
        await second.SendHelloAsync(QuietInterval);
        var resume = await second.ReceiveAsync(cts.Token);
        Assert.Equal(6, (int)resume["op"]!);
        Assert.Equal("session-7", (string?)resume["d"]!["session_id"]);
        Assert.Equal(2, (long)resume["d"]!["seq"]!);
    }

    [Fact]
    public async Task Invalid_session_false_waits_then_identifies_again_on_the_gateway_url()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await BotHost.StartAsync(discord, knowledge, time: clock);
        var first = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(first, "session-9", discord.ResumeUrl, cts.Token);
        await first.SendDispatchAsync("GUILD_CREATE", 2, GuildCreate());
        var invalid = Payloads.InvalidSession(resumable: false);
        Assert.False((bool)invalid["d"]!);
        clock.Advance(TimeSpan.FromSeconds(6)); // past IDENTIFY's own limit (one per 5 s), so only op 9's wait is measured
        await first.SendAsync(invalid);
        await first.Closed.WaitAsync(cts.Token); // the bot closes, then waits before connecting again

        var accepted = discord.AcceptAsync(cts.Token);
        var step = TimeSpan.FromMilliseconds(50);
        var waited = await VirtualTime.AdvanceUntilAsync(clock, accepted, step, TimeSpan.FromSeconds(10), cts.Token);
        var second = await accepted;
        Assert.Equal("/gateway", second.Path);
        // The wait the bot chose is in its log (to 0.1 s): Discord asks for 1–5 s, which the bot must sit
        // out, adding nothing like a failure backoff on top. Virtual time keeps moving while the real
        // reconnect (GET /gateway/bot, the WebSocket upgrade) runs, so a busy machine overshoots a little.
        var chosen = host.Logs.Entries.Select(e => System.Text.RegularExpressions.Regex.Match(e.Message, @"will identify in ([0-9.]+) s")).Last(m => m.Success);
        var delay = TimeSpan.FromSeconds(double.Parse(chosen.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(delay.TotalSeconds, 1, 5);
        Assert.True(waited >= delay - TimeSpan.FromSeconds(0.06) && waited <= delay + TimeSpan.FromSeconds(1.5), $"reconnected after {waited.TotalSeconds:0.00} s; the bot chose {delay.TotalSeconds:0.0} s");
        await second.SendHelloAsync(QuietInterval);
        var identify = await second.ReceiveAsync(cts.Token);
        Assert.Equal(2, (int)identify["op"]!);
        Assert.Equal(2, discord.Requests.Count(r => r.Path == "/gateway/bot"));
    }

    [Fact]
    public async Task Invalid_session_true_resumes()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var first = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(first, "session-9t", discord.ResumeUrl, cts.Token);
        await first.SendAsync(Payloads.InvalidSession(resumable: true));

        var second = await discord.AcceptAsync(cts.Token);
        Assert.Equal("/resume", second.Path);
        await second.SendHelloAsync(QuietInterval);
        var resume = await second.ReceiveAsync(cts.Token);
        Assert.Equal(6, (int)resume["op"]!);
        Assert.Equal(1, (long)resume["d"]!["seq"]!);
    }

    [Fact]
    public async Task Close_4004_stops_the_adapter_with_a_clear_error_and_no_retry()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var connection = await discord.AcceptAsync(cts.Token);
        await connection.SendHelloAsync(QuietInterval);
        await connection.ReceiveAsync(cts.Token);
        await connection.CloseAsync(4004, "Authentication failed.");

        await Wait.UntilAsync(() => host.Status.IsStopped, "the stopped state");
        Assert.Contains("4004", host.Status.State, StringComparison.Ordinal);
        Assert.Contains("Discord:Token", host.Status.State, StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Error && l.Message.Contains("authentication failed (close 4004)", StringComparison.Ordinal));

        // The gateway loop has ended (so no retry can come), and it opened exactly one connection.
        var gateway = host.App.Services.GetServices<IHostedService>().OfType<GatewayService>().Single();
        await gateway.ExecuteTask!.WaitAsync(cts.Token);
        Assert.True(gateway.ExecuteTask.IsCompletedSuccessfully);
        Assert.Equal(1, discord.ConnectionCount);
        Assert.Single(discord.Requests, r => r.Path == "/gateway/bot");
    }

    [Fact]
    public async Task No_session_starts_left_waits_for_the_reset_before_identifying()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        var body = JsonNode.Parse(Payloads.GatewayBot)!;
        body["session_start_limit"]!["remaining"] = 0;
        body["session_start_limit"]!["reset_after"] = 1000;
        discord.GatewayBotBody = body.ToJsonString();
        await using var host = await BotHost.StartAsync(discord, knowledge);

        var connection = await discord.AcceptAsync(cts.Token);
        var asked = Assert.Single(discord.Requests, r => r.Path == "/gateway/bot");
        Assert.True(connection.AcceptedAt - asked.At >= TimeSpan.FromSeconds(1), $"connected {(connection.AcceptedAt - asked.At).TotalSeconds:0.00} s after GET /gateway/bot");
        await connection.SendHelloAsync(QuietInterval);
        Assert.Equal(2, (int)(await connection.ReceiveAsync(cts.Token))["op"]!);
    }

    [Fact]
    public async Task An_unreachable_discord_never_stops_the_host_it_retries_in_the_background()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?>
        {
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10", // the discard port: connection refused
        });

        await Wait.UntilAsync(() => host.Status.State.StartsWith("reconnecting", StringComparison.Ordinal), "the reconnecting state");
        var gateway = host.App.Services.GetServices<IHostedService>().OfType<GatewayService>().Single();
        Assert.False(gateway.ExecuteTask!.IsCompleted);
        using var http = new HttpClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await http.GetAsync(host.BaseUrl + "/nothing-here")).StatusCode);
    }
}
