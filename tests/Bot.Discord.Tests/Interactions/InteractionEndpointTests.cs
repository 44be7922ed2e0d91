using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Discord.Tests.Fakes;
using Bot.Testing;

namespace Bot.Discord.Tests.Interactions;

// HTTP interactions (https://discord.com/developers/docs/interactions/receiving-and-responding): signed requests in, the initial response inline, edits over REST.
public sealed class InteractionEndpointTests
{
    // VIEW_CHANNEL only: neither Administrator (8) nor Manage Server (32). Our default member (2147483647) is an admin.
    private const string NotAdmin = "1024";

    private static readonly Dictionary<string, string?> HttpMode = new()
    {
        ["Discord:Token"] = null, // HTTP only: no gateway, and webhook calls need no bot token
        ["Discord:GatewayUrl"] = null,
        ["Discord:PublicKey"] = InteractionSigner.PublicKeyHex,
    };

    // Our own PING (type 1), and the moment we sign requests at: the bot's clock is stopped there too.
    private static readonly byte[] Ping = Encoding.UTF8.GetBytes("""{"type":1}""");

    private const string SignedAt = "1700000000";

    [Fact]
    public async Task A_signed_ping_gets_a_pong()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, HttpMode, InteractionSigner.ClockAt(SignedAt));

        using var http = new HttpClient();
        using var response = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, Ping, SignedAt));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(1, (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!);
        Assert.Empty(discord.Requests);
    }

    [Fact]
    public async Task A_tampered_body_or_timestamp_or_missing_signature_gets_401_and_nothing_else_happens()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, HttpMode, InteractionSigner.ClockAt(SignedAt));
        using var http = new HttpClient();

        // The PING's signature on another body ({"type":2}), and on the same body with the timestamp one second off.
        var pingSignature = InteractionSigner.Sign(SignedAt, Ping);
        foreach (var (body, timestamp) in new[] { (Encoding.UTF8.GetBytes("""{"type":2}"""), SignedAt), (Ping, "1700000001") })
        {
            using var response = await http.SendAsync(InteractionSigner.Request(host.InteractionsUrl, body, timestamp, pingSignature));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }

        var ask = Encoding.UTF8.GetBytes(Payloads.Command("ask", Payloads.Question).ToJsonString());
        using (var unsigned = new HttpRequestMessage(HttpMethod.Post, host.InteractionsUrl) { Content = new ByteArrayContent(ask) })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(unsigned)).StatusCode);
        }

        using (var garbage = InteractionSigner.Request(host.InteractionsUrl, ask, SignedAt, "zz" + new string('0', 126)))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(garbage)).StatusCode);
        }

        // A valid signature of another body does not carry over.
        using (var other = InteractionSigner.Request(host.InteractionsUrl, ask, SignedAt, InteractionSigner.Sign(SignedAt, Encoding.UTF8.GetBytes("{}"))))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await http.SendAsync(other)).StatusCode);
        }

        await host.WaitUntilIdleAsync(); // any wrongly started work has finished by now
        Assert.Empty(discord.Requests);
    }

    // Conformance: every derived request (signed with the RFC 8032 TEST 1 key) posted verbatim gets what
    // the fixture expects: the PING a PONG, the tampered ones 401, and the docs' /cardsearch interaction,
    // byte for byte, is accepted (and, being unknown, answered privately).
    [SharedFact(Fixture.Signatures, Fixture.SlashCommand)]
    public async Task The_derived_requests_verbatim_get_what_they_expect_and_the_docs_slash_command_is_answered_privately()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        var fixture = Fixture.Json(Fixture.Signatures);
        await using var host = await BotHost.StartAsync(discord, knowledge, HttpMode, FixtureClock(fixture));
        Assert.Equal(InteractionSigner.PublicKeyHex, (string?)fixture["application_public_key_hex"]);
        using var http = new HttpClient();

        var ping = Case(fixture, "ping");
        using (var pong = await http.SendAsync(InteractionSigner.Request(host.InteractionsUrl, Body(ping), Timestamp(fixture, ping), (string)ping["X-Signature-Ed25519"]!)))
        {
            Assert.Equal(HttpStatusCode.OK, pong.StatusCode);
            Assert.Equal("application/json", pong.Content.Headers.ContentType?.MediaType);
            Assert.Equal(1, (int)JsonNode.Parse(await pong.Content.ReadAsStringAsync())!["type"]!);
        }

        foreach (var name in new[] { "ping_tampered_body", "ping_wrong_timestamp" })
        {
            var c = Case(fixture, name);
            Assert.Equal("invalid -> 401", (string?)c["expect"]);
            using var refused = await http.SendAsync(InteractionSigner.Request(host.InteractionsUrl, Body(c), Timestamp(fixture, c), (string)c["X-Signature-Ed25519"]!));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Empty(await refused.Content.ReadAsByteArrayAsync());
        }

        var docs = Case(fixture, "docs_slash_command_example");
        var body = File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(Fixture.Path(Fixture.Signatures))!, (string)docs["body_file"]!));
        Assert.Equal((int)docs["body_len"]!, body.Length);
        using var response = await http.SendAsync(InteractionSigner.Request(host.InteractionsUrl, body, Timestamp(fixture, docs), (string)docs["X-Signature-Ed25519"]!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, (int)json["type"]!);
        Assert.Equal(64, (int)json["data"]!["flags"]!);
        Assert.Contains("/cardsearch", (string?)json["data"]!["content"], StringComparison.Ordinal);
        Payloads.AssertMentionsSuppressed(json["data"]!);
        Assert.Empty(discord.Requests);
    }

    [Fact]
    public async Task Ask_over_http_defers_inline_then_edits_the_original_with_the_cited_answer()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, HttpMode);
        using var http = new HttpClient();

        var body = Encoding.UTF8.GetBytes(Payloads.Command("ask", Payloads.Question).ToJsonString());
        using var response = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"type":5}""", await response.Content.ReadAsStringAsync());
        var edit = await discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == $"/webhooks/{FakeDiscord.ApplicationId}/A_UNIQUE_TOKEN/messages/@original", "the @original edit");
        Assert.Contains("$2.5 billion", Payloads.AllText(edit.Json!), StringComparison.Ordinal);
        Payloads.AssertMentionsSuppressed(edit.Json!);
        Assert.Null(edit.Header("Authorization"));
        Assert.DoesNotContain(discord.Requests, r => r.Path.EndsWith("/callback", StringComparison.Ordinal)); // the HTTP response was the callback
    }

    // The HTTP endpoint's work after the response (the @original edit) ran untracked, tied to
    // ApplicationStopping: a stop while it was under way lost the answer silently.
    [Fact]
    public async Task An_ask_over_http_in_progress_when_the_host_stops_is_still_delivered()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        var original = $"/webhooks/{FakeDiscord.ApplicationId}/A_UNIQUE_TOKEN/messages/@original";
        discord.Respond = r => r.Method == "PATCH" && r.Path == original ? new FakeResponse(200, """{"id":"1"}""", Delay: TimeSpan.FromSeconds(2)) : null;
        var host = await BotHost.StartAsync(discord, knowledge, HttpMode);
        using var http = new HttpClient();

        var body = Encoding.UTF8.GetBytes(Payloads.Command("ask", Payloads.Question).ToJsonString());
        using (var response = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, body)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == original, "the @original edit to start");
        var stopped = DateTimeOffset.UtcNow;
        await host.DisposeAsync(); // stops the host: the pipeline drains within the shutdown grace period

        Assert.True(DateTimeOffset.UtcNow - stopped >= TimeSpan.FromSeconds(1.5), "the host waited for the edit");
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains("cancelled unanswered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ephemeral_answers_defer_with_the_ephemeral_flag()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?>(HttpMode) { ["Discord:EphemeralAnswers"] = "true" });
        using var http = new HttpClient();

        var body = Encoding.UTF8.GetBytes(Payloads.Command("ask", Payloads.Question).ToJsonString());
        using var response = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, body));

        Assert.Equal("""{"type":5,"data":{"flags":64}}""", await response.Content.ReadAsStringAsync());
        await discord.WaitForRequestAsync(r => r.Method == "PATCH", "the @original edit");
    }

    [Fact]
    public async Task Over_the_rate_limit_the_public_placeholder_is_replaced_by_an_ephemeral_slow_down()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?>(HttpMode) { ["Chat:RateLimit:Questions"] = "1" });
        using var http = new HttpClient();

        using (await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, Encoding.UTF8.GetBytes(Payloads.Command("ask", Payloads.Question, permissions: NotAdmin, token: "FIRST").ToJsonString()))))
        {
        }

        await discord.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.Contains("/FIRST/", StringComparison.Ordinal), "the first answer");
        using var second = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, Encoding.UTF8.GetBytes(Payloads.Command("ask", "What is the S-400?", permissions: NotAdmin, token: "SECOND", id: "786008729715212339").ToJsonString())));
        Assert.Equal("""{"type":5}""", await second.Content.ReadAsStringAsync());

        var followup = await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/webhooks/{FakeDiscord.ApplicationId}/SECOND", "the ephemeral follow-up");
        Assert.Equal(64, (int)followup.Json!["flags"]!);
        Assert.Contains("slow down", (string?)followup.Json["content"], StringComparison.OrdinalIgnoreCase);
        Payloads.AssertMentionsSuppressed(followup.Json);
        Assert.Contains(discord.Requests, r => r.Method == "DELETE" && r.Path == $"/webhooks/{FakeDiscord.ApplicationId}/SECOND/messages/@original");
        Assert.DoesNotContain(discord.Requests, r => r.Method == "PATCH" && r.Path.Contains("/SECOND/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reindex_from_a_member_without_permission_is_refused_privately_and_the_index_is_untouched()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, HttpMode);
        var before = Hash(Path.Combine(knowledge.Options.IndexPath, "current"));
        using var http = new HttpClient();

        var body = Encoding.UTF8.GetBytes(Payloads.Command("reindex", permissions: NotAdmin).ToJsonString());
        using var response = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, body));

        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(4, (int)json["type"]!);
        Assert.Equal(64, (int)json["data"]!["flags"]!);
        Assert.Contains("only admins", (string?)json["data"]!["content"], StringComparison.Ordinal);
        Assert.Equal(before, Hash(Path.Combine(knowledge.Options.IndexPath, "current")));
        Assert.Contains(host.Logs.Entries, l => l.Message.Contains("Refused Reindex", StringComparison.Ordinal) && l.Message.Contains(Payloads.MemberUserId, StringComparison.Ordinal));
        Assert.Empty(discord.Requests);
    }

    [Fact]
    public async Task Reindex_from_a_member_with_manage_server_rebuilds_and_reports()
    {
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, HttpMode);
        var before = Hash(Path.Combine(knowledge.Options.IndexPath, "current"));
        using var http = new HttpClient();

        var body = Encoding.UTF8.GetBytes(Payloads.Command("reindex", permissions: "32").ToJsonString());
        using var response = await http.SendAsync(InteractionSigner.Signed(host.InteractionsUrl, body));

        Assert.Equal("""{"type":5,"data":{"flags":64}}""", await response.Content.ReadAsStringAsync());
        var edit = await discord.WaitForRequestAsync(r => r.Method == "PATCH", "the rebuild report", TimeSpan.FromSeconds(18));
        Assert.Matches(@"Index rebuilt: 5 documents, \d+ passages in [0-9.]+ s", (string?)edit.Json!["content"]);
        Assert.NotEqual(before, Hash(Path.Combine(knowledge.Options.IndexPath, "current")));
    }

    // The bot's clock stopped at the derived fixture's X-Signature-Timestamp (1700000000): against a
    // real clock its signed requests are years old, and refused as stale.
    private static FakeTimeProvider FixtureClock(JsonNode fixture) => InteractionSigner.ClockAt((string)fixture["X-Signature-Timestamp"]!);

    private static JsonNode Case(JsonNode fixture, string name) =>
        fixture["cases"]!.AsArray().Single(c => (string?)c!["name"] == name)!;

    private static byte[] Body(JsonNode c) => Encoding.UTF8.GetBytes((string)c["body_utf8"]!);

    private static string Timestamp(JsonNode fixture, JsonNode c) => (string?)c["X-Signature-Timestamp"] ?? (string)fixture["X-Signature-Timestamp"]!;

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
