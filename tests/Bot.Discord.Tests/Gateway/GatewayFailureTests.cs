using Bot.Chat.Conversations;
using Bot.Discord.Tests.Fakes;
using Bot.Testing;
using static Bot.Discord.Tests.Gateway.GatewayHarness;

namespace Bot.Discord.Tests.Gateway;

// When answering over the gateway fails, the person is told, the same way as on every platform.
public sealed class GatewayFailureTests
{
    private const string MessageChannel = "290926798999357250";

    // Discord refuses the answer itself (here its embed: 50035 Invalid Form Body); the plain apology still goes.
    private static readonly FakeResponse InvalidFormBody = new(400, """{"code": 50035, "errors": {"embeds": {"0": {"description": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 4096 or fewer in length."}]}}}}, "message": "Invalid Form Body"}""");

    // A guild mention and a DM take the same reply path: each gets the apology as a reply to itself.
    [Theory]
    [InlineData("334385199974967042", true)]
    [InlineData("1200000000000000009", false)]
    public async Task A_mention_or_DM_whose_answer_fails_gets_the_apology_as_a_reply_and_the_failure_is_logged(string messageId, bool inGuild)
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        discord.Respond = r => r.Method == "POST" && r.Path.StartsWith("/channels/", StringComparison.Ordinal) && r.Json?["embeds"] is not null ? InvalidFormBody : null;
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-fail-" + messageId, discord.ResumeUrl, cts.Token);

        var message = inGuild
            ? Payloads.Message(messageId, $"<@{FakeDiscord.BotUserId}> {Payloads.Question}")
            : Payloads.Message(messageId, Payloads.Question, guildId: null, mentionsBot: false);
        await connection.SendDispatchAsync("MESSAGE_CREATE", 2, message);

        var apology = await discord.WaitForRequestAsync(
            r => r.Method == "POST" && r.Path == $"/channels/{MessageChannel}/messages" && (string?)r.Json!["content"] == AnswerPipeline.Apology, "the apology");
        Assert.Equal(messageId, (string?)apology.Json!["message_reference"]!["message_id"]);
        Payloads.AssertMentionsSuppressed(apology.Json);
        Assert.Contains(host.Logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error && e.Message.Contains($"Discord message {messageId} failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_ask_whose_answer_fails_after_the_deferral_gets_the_apology_in_the_original()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        var original = $"/webhooks/{FakeDiscord.ApplicationId}/A_UNIQUE_TOKEN/messages/@original";
        discord.Respond = r => r.Method == "PATCH" && r.Path == original && r.Json?["embeds"] is not null ? InvalidFormBody : null;
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-fail-ask", discord.ResumeUrl, cts.Token);

        await connection.SendDispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("ask", Payloads.Question));

        await discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == original && (string?)r.Json!["content"] == AnswerPipeline.Apology, "the apology in @original");
    }
}
