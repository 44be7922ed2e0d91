using static Bot.Discord.Tests.Gateway.GatewayHarness;
using System.Text.Json.Nodes;
using System.Text.Json;
using Bot.Discord.Gateway;
using Bot.Discord.Tests.Fakes;
using Bot.Discord.Wire;
using Bot.Testing;

namespace Bot.Discord.Tests.Gateway;

// Events with unexpected field shapes (as Spacebar, a Discord-compatible server, sends them) are read, not dropped whole.
public sealed class LenientEventTests
{
    private const string AdminRole = "41771983423143936";

    [Fact]
    public async Task A_mention_whose_member_roles_are_objects_is_answered_and_the_role_ids_still_count_for_admin()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?> { ["Discord:AdminRoleIds"] = AdminRole });
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-lenient", discord.ResumeUrl, cts.Token);

        var message = Payloads.Message("1200000000000000101", $"<@{FakeDiscord.BotUserId}> status");
        message["member"] = new JsonObject
        {
            ["roles"] = new JsonArray(new JsonObject { ["id"] = AdminRole, ["name"] = "moderators", ["position"] = 1 }),
            ["joined_at"] = "2024-03-01T12:00:00.000000+00:00",
        };
        await connection.SendDispatchAsync("MESSAGE_CREATE", 2, message);

        var reply = await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/messages", StringComparison.Ordinal), "the reply");
        Assert.DoesNotContain("only admins", Payloads.AllText(reply.Json!), StringComparison.Ordinal);
        Assert.Equal("1200000000000000101", (string?)reply.Json!["message_reference"]!["message_id"]);
    }

    [Fact]
    public void A_field_of_an_unexpected_shape_is_dropped_and_reported_and_the_rest_is_read()
    {
        var message = Payloads.Message("1200000000000000102", "hello");
        message["author"]!["bot"] = "no"; // a string where Discord sends a boolean
        message["member"] = new JsonObject { ["nick"] = new JsonObject { ["text"] = "Mace" } };
        var dropped = new List<string>();

        var parsed = LenientJson.Deserialize(JsonSerializer.SerializeToElement(message), DiscordJsonContext.Default.GatewayMessage, (path, _) => dropped.Add(path));

        Assert.NotNull(parsed);
        Assert.Equal("53908099506183680", parsed.Author!.Id);
        Assert.Null(parsed.Author.Bot);
        Assert.Null(parsed.Member!.Nick);
        Assert.Equal(["$.author.bot", "$.member.nick"], dropped);
    }
}
