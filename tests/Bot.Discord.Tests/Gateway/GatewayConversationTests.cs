using static Bot.Discord.Tests.Gateway.GatewayHarness;
using System.Text.Json.Nodes;
using Bot.Discord.Rest;
using Bot.Discord.Tests.Fakes;
using Bot.Testing;

namespace Bot.Discord.Tests.Gateway;

// Questions arriving over the gateway: /ask as INTERACTION_CREATE, @mentions and DMs as MESSAGE_CREATE.
public sealed class GatewayConversationTests
{
    private const string MessageChannel = "290926798999357250";

    [Fact]
    public async Task Ask_over_the_gateway_defers_then_edits_the_original_with_the_cited_answer()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var connection = await discord.AcceptAsync(cts.Token);
        Assert.Equal(Bot.Discord.Rest.DiscordRestClient.UserAgent, connection.UserAgent); // the User-Agent of https://discord.com/developers/docs/reference on the WebSocket upgrade too
        await HandshakeAsync(connection, "session-ask", discord.ResumeUrl, cts.Token);

        await connection.SendDispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("ask", Payloads.Question));

        var callback = await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == "/interactions/786008729715212338/A_UNIQUE_TOKEN/callback", "the interaction callback");
        Assert.Equal(5, (int)callback.Json!["type"]!);
        Assert.Null(callback.Json["data"]); // public: no ephemeral flag
        Assert.StartsWith("application/json", callback.Header("Content-Type"), StringComparison.Ordinal);

        var edit = await discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == $"/webhooks/{FakeDiscord.ApplicationId}/A_UNIQUE_TOKEN/messages/@original", "the @original edit");
        Assert.True(edit.At >= callback.At);
        var embed = edit.Json!["embeds"]![0]!;
        Assert.Equal(Payloads.Question, (string?)embed["title"]);
        Assert.Contains("$2.5 billion", Payloads.AllText(edit.Json), StringComparison.Ordinal);
        Assert.NotEmpty(embed["fields"]!.AsArray());
        Payloads.AssertMentionsSuppressed(edit.Json);
    }

    [Fact]
    public async Task A_mention_is_answered_as_a_reply_and_bot_messages_are_ignored()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-mention", discord.ResumeUrl, cts.Token);

        await connection.SendDispatchAsync("MESSAGE_CREATE", 2, Payloads.Message("1200000000000000001", $"<@{FakeDiscord.BotUserId}> {Payloads.Question}", fromBot: true));
        await connection.SendDispatchAsync("MESSAGE_CREATE", 3, Payloads.Message("334385199974967042", $"<@{FakeDiscord.BotUserId}> {Payloads.Question}"));

        var reply = await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{MessageChannel}/messages", "the reply");
        var body = reply.Json!;
        Assert.Equal("334385199974967042", (string?)body["message_reference"]!["message_id"]);
        Assert.Equal(MessageChannel, (string?)body["message_reference"]!["channel_id"]);
        Assert.Equal("290926798626357999", (string?)body["message_reference"]!["guild_id"]);
        Assert.Equal(Payloads.Question, (string?)body["embeds"]![0]!["title"]); // the mention itself is not part of the question
        Assert.Contains("$2.5 billion", Payloads.AllText(body), StringComparison.Ordinal);
        Assert.Equal($"Bot {FakeDiscord.Token}", reply.Header("Authorization"));
        Payloads.AssertMentionsSuppressed(body);

        // A DM (no guild, no mention, the legacy <@!id> form is stripped too): answered as well.
        await connection.SendDispatchAsync("MESSAGE_CREATE", 4, Payloads.Message("1200000000000000003", $"<@!{FakeDiscord.BotUserId}> sources", guildId: null, mentionsBot: false));
        var dm = await discord.WaitForRequestAsync(r => IsReplyTo(r, "1200000000000000003"), "the DM reply");
        Assert.Null(dm.Json!["message_reference"]!["guild_id"]);
        Assert.Contains("documents in the index", (string?)dm.Json["embeds"]![0]!["title"], StringComparison.Ordinal);

        // A guild message that does not mention the bot is not for it.
        await connection.SendDispatchAsync("MESSAGE_CREATE", 5, Payloads.Message("1200000000000000004", "just chatting", mentionsBot: false));
        await connection.SendDispatchAsync("MESSAGE_CREATE", 6, Payloads.Message("1200000000000000005", $"<@{FakeDiscord.BotUserId}> help"));
        await discord.WaitForRequestAsync(r => IsReplyTo(r, "1200000000000000005"), "the help reply");

        var replies = discord.Requests.Where(r => r.Path.StartsWith("/channels/", StringComparison.Ordinal)).Select(r => (string?)r.Json!["message_reference"]!["message_id"]).ToList();
        Assert.Equal(["1200000000000000003", "1200000000000000005", "334385199974967042"], replies.Order());
    }

    private static bool IsReplyTo(RecordedRequest request, string messageId) =>
        request.Method == "POST" && request.Path == $"/channels/{MessageChannel}/messages" && (string?)request.Json!["message_reference"]!["message_id"] == messageId;
}
