using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Chat.Questions;
using Bot.Discord.Tests.Fakes;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Discord.Tests.Gateway.GatewayHarness;

namespace Bot.Discord.Tests.Interactions;

// 👍/👎 under every answer (FACTS A5): two buttons whose custom_id carries the answer's id; a click is a
// MESSAGE_COMPONENT interaction, over the gateway or the signed HTTP endpoint, recorded as one vote
// per person per answer and answered with a thanks only the clicker sees.
public sealed class FeedbackButtonTests
{
    private static readonly Dictionary<string, string?> HttpMode = new()
    {
        ["Discord:Token"] = null,
        ["Discord:GatewayUrl"] = null,
        ["Discord:PublicKey"] = InteractionSigner.PublicKeyHex,
    };

    private static string Original(string token) => $"/webhooks/{FakeDiscord.ApplicationId}/{token}/messages/@original";

    [Fact]
    public async Task Clicks_over_the_gateway_record_one_vote_per_person_and_a_second_click_changes_it()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-votes", discord.ResumeUrl, cts.Token);

        await connection.SendDispatchAsync("MESSAGE_CREATE", 2, Payloads.Message("1200000000000000301", $"<@{FakeDiscord.BotUserId}> {Payloads.Question}"));
        var answer = await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{Payloads.ChannelId}/messages", "the answer");
        var (up, down, answerId) = Buttons(answer.Json!);

        await connection.SendDispatchAsync("INTERACTION_CREATE", 3, Payloads.Click(up, "786008729715212401", token: "CLICK_1"));
        var thanks = await discord.WaitForRequestAsync(r => r.Path == "/interactions/786008729715212401/CLICK_1/callback", "the first click's response");
        Assert.Equal(4, (int)thanks.Json!["type"]!);
        Assert.Equal(64, (int)thanks.Json["data"]!["flags"]!);
        Assert.Contains("👍", (string?)thanks.Json["data"]!["content"], StringComparison.Ordinal);
        Payloads.AssertMentionsSuppressed(thanks.Json["data"]!);

        var store = host.App.Services.GetRequiredService<QuestionLog>().Store!;
        var first = await Wait.ForAsync(() => store.Votes(answerId) is { Count: 1 } v ? v : null, "the first vote in the log");
        Assert.Equal(Vote.Up, first[0].Vote);

        // The same person changes their mind; another person votes too.
        await connection.SendDispatchAsync("INTERACTION_CREATE", 4, Payloads.Click(down, "786008729715212402", token: "CLICK_2"));
        await connection.SendDispatchAsync("INTERACTION_CREATE", 5, Payloads.Click(up, "786008729715212403", token: "CLICK_3", userId: "53908232506183681"));
        await discord.WaitForRequestAsync(r => r.Path == "/interactions/786008729715212403/CLICK_3/callback", "the third click's response");
        var votes = await Wait.ForAsync(() => store.Votes(answerId) is { Count: 2 } v && v.Any(x => x.Vote == Vote.Down) ? v : null, "the changed vote and the second person's");
        Assert.Equal([Vote.Down, Vote.Up], votes.Select(v => v.Vote).Order());
        Assert.Equal(2, votes.Select(v => v.UserKey).Distinct().Count());
    }

    [Fact]
    public async Task A_signed_click_over_http_is_recorded_and_a_forged_one_gets_401_and_nothing_is_recorded()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, HttpMode);
        using var http = new HttpClient();

        // A slash-command answer carries the buttons too.
        using (await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, Encoding.UTF8.GetBytes(Payloads.Command("ask", Payloads.Question).ToJsonString()))))
        {
        }

        var edit = await discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == Original("A_UNIQUE_TOKEN"), "the answer");
        var (up, down, answerId) = Buttons(edit.Json!);
        var store = host.App.Services.GetRequiredService<QuestionLog>().Store!;

        // Forged: someone else's click on 👎, signed as if it were another body.
        var forged = Encoding.UTF8.GetBytes(Payloads.Click(down, "786008729715212501", userId: "53908232506183699").ToJsonString());
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using (var refused = await http.SendAsync(InteractionSigner.Request(host.InteractionsUrl, forged, timestamp, InteractionSigner.Sign(timestamp, Encoding.UTF8.GetBytes("{}")))))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var response = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, Encoding.UTF8.GetBytes(Payloads.Click(up, "786008729715212502").ToJsonString())));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, (int)json["type"]!);
        Assert.Equal(64, (int)json["data"]!["flags"]!);

        var votes = await Wait.ForAsync(() => store.Votes(answerId) is { Count: > 0 } v ? v : null, "the vote in the log");
        Assert.Equal(Vote.Up, Assert.Single(votes).Vote);
        await host.WaitUntilIdleAsync();
        Assert.DoesNotContain(discord.Requests, r => r.Path.EndsWith("/callback", StringComparison.Ordinal)); // over HTTP the response was the callback
    }

    [Fact]
    public async Task An_unknown_button_gets_a_private_reply_and_nothing_is_recorded()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, HttpMode);
        using var http = new HttpClient();

        foreach (var (customId, id) in new[] { ("click_me", "786008729715212601"), ("feedback:sideways:abc123", "786008729715212602"), ("feedback:up:", "786008729715212603") })
        {
            using var response = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, Encoding.UTF8.GetBytes(Payloads.Click(customId, id).ToJsonString())));
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(4, (int)json["type"]!);
            Assert.Equal(64, (int)json["data"]!["flags"]!);
            Assert.Contains("don't know that button", (string?)json["data"]!["content"], StringComparison.Ordinal);
        }

        await host.WaitUntilIdleAsync();
        var log = host.App.Services.GetRequiredService<QuestionLog>();
        Assert.Equal(0, log.Written);
        Assert.Empty(log.Store!.Votes("abc123"));
    }

    [Fact]
    public async Task With_the_question_log_off_answers_have_no_buttons()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?> { ["Log:Enabled"] = "false" });
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-no-log", discord.ResumeUrl, cts.Token);

        await connection.SendDispatchAsync("MESSAGE_CREATE", 2, Payloads.Message("1200000000000000701", $"<@{FakeDiscord.BotUserId}> {Payloads.Question}"));
        var answer = await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{Payloads.ChannelId}/messages", "the answer");

        Assert.Contains("$2.5 billion", Payloads.AllText(answer.Json!), StringComparison.Ordinal);
        Assert.Null(answer.Json!["components"]);
    }

    // The 👍 and 👎 custom_ids under an answer, and the answer id they carry.
    private static (string Up, string Down, string AnswerId) Buttons(JsonNode message)
    {
        var ids = Payloads.ButtonIds(message);
        Assert.Equal(2, ids.Count);
        Assert.StartsWith("feedback:up:", ids[0], StringComparison.Ordinal);
        Assert.StartsWith("feedback:down:", ids[1], StringComparison.Ordinal);
        var answerId = ids[0]["feedback:up:".Length..];
        Assert.Equal($"feedback:down:{answerId}", ids[1]);
        Assert.Matches("^[0-9a-f]{24}$", answerId);
        return (ids[0], ids[1], answerId);
    }
}
