using System.Text;
using Bot.Discord.Tests.Fakes;
using Bot.Testing;
using static Bot.Discord.Tests.Gateway.GatewayHarness;

namespace Bot.Discord.Tests;

public sealed class SecretsTests
{
    // A whole run at Trace level, through every path that handles the token (IDENTIFY, RESUME, REST
    // auth, a REST error, a zombie reconnect, shutdown): the token never reaches a log line, and
    // neither does an interaction token.
    [Fact]
    public async Task The_bot_token_is_never_logged()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        discord.Respond = r => r.Method == "PUT" ? new FakeResponse(400, """{"code": 50035, "message": "Invalid Form Body"}""") : null;
        var host = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?> { ["Discord:PublicKey"] = InteractionSigner.PublicKeyHex });
        await using (host)
        {
            var first = await discord.AcceptAsync(cts.Token);
            var identify = await HandshakeAsync(first, "session-secret", discord.ResumeUrl, cts.Token);
            Assert.Equal(FakeDiscord.Token, (string?)identify["d"]!["token"]);

            await first.SendDispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("ask", Payloads.Question, token: "SECRET_INTERACTION_TOKEN"));
            await discord.WaitForRequestAsync(r => r.Method == "PATCH", "the @original edit");
            await first.SendDispatchAsync("MESSAGE_CREATE", 3, Payloads.Message("334385199974967042", $"<@{FakeDiscord.BotUserId}> {Payloads.Question}"));
            await discord.WaitForRequestAsync(r => r.Path.StartsWith("/channels/", StringComparison.Ordinal), "the reply");
            await first.SendAsync(Payloads.Reconnect());

            var second = await discord.AcceptAsync(cts.Token);
            await second.SendHelloAsync(QuietInterval);
            var resume = await second.ReceiveAsync(cts.Token);
            Assert.Equal(FakeDiscord.Token, (string?)resume["d"]!["token"]);

            using var http = new HttpClient();
            var body = Encoding.UTF8.GetBytes(Payloads.Command("help", token: "SECRET_HTTP_TOKEN", id: "786008729715212339").ToJsonString());
            using var response = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, body));
            response.EnsureSuccessStatusCode();
            await Wait.UntilAsync(() => host.Logs.Entries.Any(l => l.Message.Contains("not registered", StringComparison.Ordinal)), "the registration error log");
        }

        var logs = host.Logs.AllText;
        Assert.Contains("Connected to the Discord gateway", logs, StringComparison.Ordinal); // the capture did see the run
        Assert.DoesNotContain(FakeDiscord.Token, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeDiscord.Token.Split('.')[0], logs, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET_INTERACTION_TOKEN", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET_HTTP_TOKEN", logs, StringComparison.Ordinal);
    }
}
