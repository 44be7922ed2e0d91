using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using DiscordFakes = Bot.Testing.Discord;
using SlackFakes = Bot.Testing.Slack;

namespace Bot.Tests.Hosting;

// The issues' "done when", as a user runs it: bot with no verb and Slack and Discord both
// configured in the environment connects to each, registers the commands, answers on every
// transport through one listener, and reports all of it on /healthz.
public sealed class PlatformHostTests(BothPlatformsFixture fixture) : IClassFixture<BothPlatformsFixture>
{
    [BothPlatformsFact]
    public async Task Connects_to_Slack_and_Discord_and_registers_the_discord_commands()
    {
        var bot = await fixture.SessionAsync();

        // Slack: who am I with the bot token, then a Socket Mode URL with the app-level token (https://api.slack.com/apis/socket-mode).
        var auth = await bot.WaitForSlackAsync("auth.test", _ => true, "auth.test");
        var open = await bot.WaitForSlackAsync("apps.connections.open", _ => true, "apps.connections.open");
        Assert.Equal("Bearer " + bot.SlackBotToken, auth.Authorization);
        Assert.Equal("Bearer " + bot.SlackAppToken, open.Authorization);
        Assert.True(auth.Sequence < open.Sequence, "auth.test comes first");
        Assert.Equal(1, bot.Slack.ConnectionsOpened);
        Assert.Equal(1, bot.SlackSocket.Number); // the WebSocket at the URL it was handed, greeted with hello

        // Discord: GET /gateway/bot, IDENTIFY with the token and the intents for mentions and DMs (https://discord.com/developers/docs/events/gateway).
        var gatewayBot = await bot.WaitForDiscordAsync("GET", "/gateway/bot", "GET /gateway/bot");
        Assert.Equal("Bot " + bot.DiscordToken, gatewayBot.Header("Authorization"));
        Assert.Equal(("/gateway", "?v=10&encoding=json"), (bot.Gateway.Path, bot.Gateway.Query));
        Assert.Equal(2, (int)bot.Identify["op"]!);
        Assert.Equal(bot.DiscordToken, (string?)bot.Identify["d"]!["token"]);
        var intents = (int)bot.Identify["d"]!["intents"]!;
        Assert.Equal(512 | 4096, intents & (512 | 4096)); // GUILD_MESSAGES | DIRECT_MESSAGES

        // The slash commands, by bulk overwrite (https://discord.com/developers/docs/reference).
        var put = await bot.WaitForDiscordAsync("PUT", $"/applications/{DiscordFakes.FakeDiscord.ApplicationId}/commands", "the command bulk overwrite");
        var commands = put.Json!.AsArray();
        Assert.Equal(["ask", "help", "reindex", "report", "sources", "status"], commands.Select(c => (string)c!["name"]!).Order());
        var question = commands.Single(c => (string?)c!["name"] == "ask")!["options"]![0]!;
        Assert.Equal(("question", 3, true), ((string?)question["name"], (int)question["type"]!, (bool)question["required"]!));
    }

    [BothPlatformsFact]
    public async Task Healthz_reports_the_index_and_both_adapters_connected()
    {
        var bot = await fixture.SessionAsync();

        using var response = await bot.GetAsync("healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var health = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("ok", (string?)health["status"]);
        var index = health["index"]!;
        Assert.Equal("current", (string?)index["state"]);
        Assert.Equal(5, (int)index["documents"]!);
        Assert.True((int)index["passages"]! > 0, "passages: " + index["passages"]);
        var builtAt = DateTimeOffset.Parse((string)index["built_at"]!, CultureInfo.InvariantCulture);
        Assert.True(builtAt > DateTimeOffset.UtcNow.AddMinutes(-10), "built at start, from the temp corpus: " + builtAt);
        var adapters = health["adapters"]!.AsObject();
        Assert.Equal(["discord", "slack"], adapters.Select(a => a.Key).Order());
        Assert.True(BothPlatforms.IsConnected(adapters["slack"]), "slack: " + adapters["slack"]);
        Assert.True(BothPlatforms.IsConnected(adapters["discord"]), "discord: " + adapters["discord"]);
    }

    [BothPlatformsFact]
    public async Task A_slack_mention_over_socket_mode_is_answered_in_its_thread()
    {
        var bot = await fixture.SessionAsync();

        await bot.SendMentionOverSocketModeAsync("host-envelope-1", "EvHOST0001", ts: "1700000000.000101");

        var ack = await bot.WithinLimitAsync(ct => bot.SlackSocket.WaitForAckAsync("host-envelope-1", ct), "the envelope's ack");
        Assert.Equal("""{"envelope_id":"host-envelope-1"}""", ack.ToJsonString());

        // Answered in a new thread under the mention: thread_ts is the mention's own ts.
        var reply = await bot.WaitForSlackAsync("chat.postMessage", r => r["thread_ts"] == "1700000000.000101", "chat.postMessage in the mention's thread");
        Assert.Equal("Bearer " + bot.SlackBotToken, reply.Authorization);
        Assert.Equal("C111", reply["channel"]);
        Assert.Contains(BothPlatforms.Answer, reply.AllText, StringComparison.Ordinal);

        // The question log records where it was asked (written off the answer path, so wait for it).
        var logged = await bot.WaitForAsync(() => LoggedChannel(bot.QuestionLogPath, "slack"), "the question in the log");
        Assert.Equal("C111", logged);
    }

    private static string? LoggedChannel(string path, string platform)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT channel FROM questions WHERE platform = $p AND channel IS NOT NULL ORDER BY id DESC LIMIT 1";
            command.Parameters.AddWithValue("$p", platform);
            return command.ExecuteScalar() as string;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return null; // not created yet, or being migrated: try again
        }
    }

    [BothPlatformsFact]
    public async Task A_discord_ask_over_the_gateway_is_deferred_then_answered_in_the_original_response()
    {
        var bot = await fixture.SessionAsync();

        await bot.SendAskOverGatewayAsync("1300000000000000101", "host-ask-token");

        var callback = await bot.WaitForDiscordAsync("POST", "/interactions/1300000000000000101/host-ask-token/callback", "the interaction callback");
        Assert.Equal(5, (int)callback.Json!["type"]!);
        var edit = await bot.WaitForDiscordAsync("PATCH", $"/webhooks/{DiscordFakes.FakeDiscord.ApplicationId}/host-ask-token/messages/@original", "the @original edit");
        Assert.True(edit.At >= callback.At, "the edit follows the deferral");
        Assert.Equal(BothPlatforms.Question, (string?)edit.Json!["embeds"]![0]!["title"]);
        Assert.Contains(BothPlatforms.Answer, DiscordFakes.Payloads.AllText(edit.Json), StringComparison.Ordinal);
    }

    [BothPlatformsFact]
    public async Task A_signed_slack_slash_command_on_the_shared_listener_is_acked_then_answered_via_response_url()
    {
        var bot = await fixture.SessionAsync();

        using var ack = await bot.PostSlackCommandAsync(bot.AskCommandForm());

        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("", await ack.Content.ReadAsStringAsync());
        var answer = await bot.WaitForSlackAsync("response_url", r => r.Path == SlackFakes.Payloads.CommandResponsePath, "the response_url post");
        Assert.Equal("ephemeral", answer["response_type"]);
        Assert.Contains(BothPlatforms.Answer, answer.AllText, StringComparison.Ordinal);

        using var forged = await bot.PostSlackCommandAsync(bot.AskCommandForm(), secret: "not-the-signing-secret");
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [BothPlatformsFact]
    public async Task A_signed_discord_ping_on_the_shared_listener_gets_a_pong_and_a_forged_one_401()
    {
        var bot = await fixture.SessionAsync();
        var ping = Encoding.UTF8.GetBytes($$"""{"id":"1300000000000000201","application_id":"{{DiscordFakes.FakeDiscord.ApplicationId}}","type":1,"token":"host-ping-token","version":1}""");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var timestamp = now.ToString(CultureInfo.InvariantCulture);

        using var pong = await bot.PostInteractionAsync(ping, timestamp, DiscordFakes.InteractionSigner.Sign(timestamp, ping));

        Assert.Equal(HttpStatusCode.OK, pong.StatusCode);
        Assert.Equal("application/json", pong.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"type":1}""", await pong.Content.ReadAsStringAsync());

        // Discord probes the endpoint with bad signatures and drops it if one is accepted (https://discord.com/developers/docs/interactions/receiving-and-responding):
        // here, the right key's signatures of another body and of another (equally recent) timestamp.
        var ofAnotherBody = DiscordFakes.InteractionSigner.Sign(timestamp, Encoding.UTF8.GetBytes("""{"type":1}"""));
        var ofAnotherTimestamp = DiscordFakes.InteractionSigner.Sign((now - 1).ToString(CultureInfo.InvariantCulture), ping);
        foreach (var signature in new[] { ofAnotherBody, ofAnotherTimestamp })
        {
            using var forged = await bot.PostInteractionAsync(ping, timestamp, signature);
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        }

        Assert.DoesNotContain(bot.Discord.Requests, r => r.Path.Contains("1300000000000000201", StringComparison.Ordinal)); // a PING is answered inline, over REST never
    }
}
