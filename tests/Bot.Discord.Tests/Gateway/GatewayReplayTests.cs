using System.Text.Json.Nodes;
using Bot.Discord.Tests.Fakes;
using Bot.Testing;
using static Bot.Discord.Tests.Gateway.GatewayHarness;

namespace Bot.Discord.Tests.Gateway;

// Events Discord delivers again when a session is resumed (https://discord.com/developers/docs/events/gateway: missed events are replayed,
// then RESUMED): whatever was answered before is not answered twice, and the session goes on.
public sealed class GatewayReplayTests
{
    private const string MessageChannel = "290926798999357250";

    [Fact]
    public async Task An_interaction_create_replayed_after_resume_is_answered_once()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var first = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(first, "session-replay-ask", discord.ResumeUrl, cts.Token);
        var ask = Payloads.Command("ask", Payloads.Question);
        await first.SendDispatchAsync("INTERACTION_CREATE", 2, ask);
        await discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.Contains("/A_UNIQUE_TOKEN/", StringComparison.Ordinal), "the @original edit");

        var second = await ReconnectAndResumeAsync(first, discord, cts.Token);
        await second.SendDispatchAsync("INTERACTION_CREATE", 2, FakeDiscord.Clone(ask));
        await second.SendDispatchAsync("RESUMED", 3, new JsonObject());
        await second.SendDispatchAsync("INTERACTION_CREATE", 4, Payloads.Command("ask", "What is the S-400?", token: "NEXT_TOKEN", id: "786008729715212339"));

        await discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.Contains("/NEXT_TOKEN/", StringComparison.Ordinal), "the next interaction's edit");
        await Wait.UntilAsync(() => host.Logs.Entries.Any(l => l.Message.Contains("interaction 786008729715212338 (/ask) arrived again", StringComparison.Ordinal)), "the replay to be recognised");
        Assert.Single(discord.Requests, r => r.Method == "POST" && r.Path == "/interactions/786008729715212338/A_UNIQUE_TOKEN/callback");
        Assert.Single(discord.Requests, r => r.Method == "PATCH" && r.Path.Contains("/A_UNIQUE_TOKEN/", StringComparison.Ordinal));
        Assert.Single(discord.Requests, r => r.Path.EndsWith("/NEXT_TOKEN/callback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_message_create_replayed_after_resume_gets_one_reply()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var first = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(first, "session-replay-mention", discord.ResumeUrl, cts.Token);
        var mention = Payloads.Message("334385199974967042", $"<@{FakeDiscord.BotUserId}> {Payloads.Question}");
        await first.SendDispatchAsync("MESSAGE_CREATE", 2, mention);
        await discord.WaitForRequestAsync(r => IsReplyTo(r, "334385199974967042"), "the reply");

        var second = await ReconnectAndResumeAsync(first, discord, cts.Token);
        await second.SendDispatchAsync("MESSAGE_CREATE", 2, FakeDiscord.Clone(mention));
        await second.SendDispatchAsync("RESUMED", 3, new JsonObject());
        await second.SendDispatchAsync("MESSAGE_CREATE", 4, Payloads.Message("1200000000000000006", $"<@{FakeDiscord.BotUserId}> sources"));

        await discord.WaitForRequestAsync(r => IsReplyTo(r, "1200000000000000006"), "the reply to the next message");
        await Wait.UntilAsync(() => host.Logs.Entries.Any(l => l.Message.Contains("message 334385199974967042 arrived again", StringComparison.Ordinal)), "the replay to be recognised");
        Assert.Single(discord.Requests, r => IsReplyTo(r, "334385199974967042"));
    }

    // Op 7 on first; the bot comes back on the resume URL and sends RESUME (op 6).
    private static async Task<FakeGatewayConnection> ReconnectAndResumeAsync(FakeGatewayConnection first, FakeDiscord discord, CancellationToken cancellationToken)
    {
        await first.SendAsync(Payloads.Reconnect());
        var second = await discord.AcceptAsync(cancellationToken);
        Assert.Equal("/resume", second.Path);
        await second.SendHelloAsync(QuietInterval);
        var resume = await second.ReceiveAsync(cancellationToken);
        Assert.Equal(6, (int)resume["op"]!);
        return second;
    }

    private static bool IsReplyTo(RecordedRequest request, string messageId) =>
        request.Method == "POST" && request.Path == $"/channels/{MessageChannel}/messages" && (string?)request.Json!["message_reference"]!["message_id"] == messageId;
}
