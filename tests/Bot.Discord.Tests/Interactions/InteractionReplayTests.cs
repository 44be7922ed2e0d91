using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Discord.Interactions;
using Bot.Discord.Tests.Fakes;
using Bot.Testing;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Tests.Interactions;

// Replays over HTTP: a genuine request signed over 5 minutes ago gets 401, an interaction id seen before 409; neither does anything.
public sealed class InteractionReplayTests
{
    private const string Id = Payloads.InteractionId; // Payloads.Command's default id

    // When the requests signed in the past were signed (the bot's clock starts there).
    private const string SignedAt = "1700000000";

    private static readonly Dictionary<string, string?> HttpMode = new()
    {
        ["Discord:Token"] = null,
        ["Discord:GatewayUrl"] = null,
        ["Discord:PublicKey"] = InteractionSigner.PublicKeyHex,
    };

    [Fact]
    public void A_genuine_signature_is_stale_outside_5_minutes_either_way_and_a_forgery_is_invalid_whatever_its_age()
    {
        const string signedAt = SignedAt;
        var at = long.Parse(signedAt, CultureInfo.InvariantCulture);
        var clock = InteractionSigner.ClockAt(signedAt);
        var signature = new InteractionSignature(Options.Create(new DiscordOptions { PublicKey = InteractionSigner.PublicKeyHex }), clock);
        var pingBody = Encoding.UTF8.GetBytes("""{"type":1}""");
        var pingSignature = InteractionSigner.Sign(signedAt, pingBody);
        var tamperedBody = Encoding.UTF8.GetBytes("""{"type":2}"""); // carrying the PING's signature
        SignatureCheck CheckPing(string timestamp) => signature.Check(pingSignature, timestamp, pingBody);
        SignatureCheck CheckTampered(string timestamp) => signature.Check(pingSignature, timestamp, tamperedBody);
        SignatureCheck SignAndCheck(string timestamp) => signature.Check(InteractionSigner.Sign(timestamp, pingBody), timestamp, pingBody);

        Assert.Equal(SignatureCheck.Valid, CheckPing(signedAt));
        Assert.Equal(SignatureCheck.Invalid, CheckTampered(signedAt));
        Assert.Equal(SignatureCheck.Missing, signature.Check(null, signedAt, [1]));

        // Dated ahead is no better than late, and a timestamp that is not whole seconds cannot be shown to be recent.
        Assert.Equal(SignatureCheck.Valid, SignAndCheck(Seconds(at + InteractionSignature.ReplayWindowSeconds)));
        Assert.Equal(SignatureCheck.Stale, SignAndCheck(Seconds(at + InteractionSignature.ReplayWindowSeconds + 1)));
        Assert.Equal(SignatureCheck.Stale, SignAndCheck(signedAt + ".5"));

        clock.Advance(TimeSpan.FromSeconds(InteractionSignature.ReplayWindowSeconds));
        Assert.Equal(SignatureCheck.Valid, CheckPing(signedAt));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SignatureCheck.Stale, CheckPing(signedAt));
        Assert.Equal(SignatureCheck.Invalid, CheckTampered(signedAt)); // a forgery is reported as one, however old
    }

    [Fact]
    public async Task A_genuine_interaction_signed_over_5_minutes_ago_gets_401_and_nothing_happens()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        var clock = InteractionSigner.ClockAt(SignedAt);
        await using var host = await BotHost.StartAsync(discord, knowledge, HttpMode, clock);
        var help = Encoding.UTF8.GetBytes(Payloads.Command("help", token: "HELP_TOKEN", id: "786008729715212340").ToJsonString());
        var helpSignature = InteractionSigner.Sign(SignedAt, help);
        var ask = Encoding.UTF8.GetBytes(Payloads.Command("ask", Payloads.Question).ToJsonString());
        using var http = new HttpClient();

        // A genuine /help signed at SignedAt, posted 5 minutes and 1 second later; an /ask signed that long
        // ago, and one dated that far ahead.
        clock.Advance(TimeSpan.FromSeconds(InteractionSignature.ReplayWindowSeconds + 1));
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        using var late = await http.SendAsync(InteractionSigner.Request(host.InteractionsUrl, help, SignedAt, helpSignature));
        using var old = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, ask, Seconds(now - InteractionSignature.ReplayWindowSeconds - 1)));
        using var ahead = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, ask, Seconds(now + InteractionSignature.ReplayWindowSeconds + 1)));

        foreach (var response in new[] { late, old, ahead })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }

        await host.WaitUntilIdleAsync(); // any wrongly started work has finished by now
        Assert.Empty(discord.Requests);
        Assert.Equal(3, host.Logs.Entries.Count(l => l.Message.Contains("signature Stale", StringComparison.Ordinal)));

        // The same /ask signed exactly 5 minutes ago is inside the window: answered, its id not spent by the refusals.
        using var edge = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, ask, Seconds(now - InteractionSignature.ReplayWindowSeconds)));
        Assert.Equal("""{"type":5}""", await edge.Content.ReadAsStringAsync());
        await discord.WaitForRequestAsync(r => r.Method == "PATCH", "the @original edit");
    }

    [Fact]
    public async Task The_same_signed_interaction_posted_twice_is_deferred_once_and_edited_once()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, HttpMode);
        var body = Encoding.UTF8.GetBytes(Payloads.Command("ask", Payloads.Question).ToJsonString());
        var timestamp = Seconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var signature = InteractionSigner.Sign(timestamp, body);
        using var http = new HttpClient();

        using var first = await http.SendAsync(InteractionSigner.Request(host.InteractionsUrl, body, timestamp, signature));
        using var replay = await http.SendAsync(InteractionSigner.Request(host.InteractionsUrl, body, timestamp, signature));

        // Signed again a second later: a different request on the wire, the same interaction.
        var later = Seconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 1);
        using var resigned = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, body, later));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("""{"type":5}""", await first.Content.ReadAsStringAsync());
        foreach (var response in new[] { replay, resigned })
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }

        await discord.WaitForRequestAsync(r => r.Method == "PATCH", "the @original edit");
        await host.WaitUntilIdleAsync(); // a second edit, if any, has been sent by now
        Assert.Single(discord.Requests, r => r.Method == "PATCH" && r.Path == $"/webhooks/{FakeDiscord.ApplicationId}/A_UNIQUE_TOKEN/messages/@original");
        Assert.Single(discord.Requests); // the edit, and nothing else: the deferral went out inline, once
        Assert.Equal(2, host.Logs.Entries.Count(l => l.Message.Contains($"Refused a replay of Discord interaction {Id}", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_repeated_ping_still_gets_its_pong()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, HttpMode);
        var ping = Encoding.UTF8.GetBytes($$"""{"id":"1300000000000000001","application_id":"{{FakeDiscord.ApplicationId}}","type":1,"token":"ping-token","version":1}""");
        using var http = new HttpClient();

        // A PING does nothing but prove the endpoint answers; Discord's checks may send it any number of times.
        for (var i = 0; i < 2; i++)
        {
            using var pong = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, ping));
            Assert.Equal(HttpStatusCode.OK, pong.StatusCode);
            Assert.Equal("""{"type":1}""", await pong.Content.ReadAsStringAsync());
        }
    }

    private static string Seconds(long unix) => unix.ToString(CultureInfo.InvariantCulture);
}
