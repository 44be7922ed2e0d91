using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Bot.Discord.Rest;
using Bot.Discord.Tests.Fakes;
using Bot.Discord.Wire;

namespace Bot.Discord.Tests.Rest;

// The REST client against a loopback server answering with our own rate-limit and error responses (and the docs' verbatim ones when ../shared is there).
public sealed class DiscordRestClientTests
{
    private static readonly MessagePayload Hello = new("hi", AllowedMentions: AllowedMentions.None);

    [Fact]
    public async Task A_429_is_retried_after_retry_after_and_not_sooner()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var rest = new RestHarness(discord);
        using var cts = Wait.Timeout();
        var headers = Payloads.RateLimitedHeaders("user", retryAfter: "1");
        var calls = 0;
        discord.Respond = r => r.Method == "POST" && Interlocked.Increment(ref calls) == 1 ? new FakeResponse(429, Payloads.RateLimited(retryAfter: 1), headers) : null;

        var stopwatch = Stopwatch.StartNew();
        await rest.Client.CreateMessageAsync("290926798999357250", Hello, cts.Token);

        var attempts = discord.Requests.Where(r => r.Path == "/channels/290926798999357250/messages").ToList();
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(1), $"retried after {(attempts[1].At - attempts[0].At).TotalSeconds:0.000} s");
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(1));
        Assert.Contains(rest.Logs.Entries, l => l.Message.Contains("rate limited POST /channels/{channel.id}/messages (user)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_exhausted_bucket_makes_the_next_request_wait_for_the_reset()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var rest = new RestHarness(discord);
        using var cts = Wait.Timeout();
        var headers = Payloads.ExhaustedBucketHeaders();
        Assert.Equal("0", headers["X-RateLimit-Remaining"]);
        Assert.Equal("1", headers["X-RateLimit-Reset-After"]);
        discord.Respond = r => r.Method == "POST" ? new FakeResponse(200, """{"id":"1"}""", headers) : null;

        await rest.Client.CreateMessageAsync("42", Hello, cts.Token);
        await rest.Client.CreateMessageAsync("42", Hello, cts.Token);

        var attempts = discord.Requests;
        Assert.Equal(2, attempts.Count);
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(1), $"second request after {(attempts[1].At - attempts[0].At).TotalSeconds:0.000} s");
    }

    [Fact]
    public async Task A_429_asking_for_more_than_a_minute_gives_up_instead_of_hanging()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var rest = new RestHarness(discord);
        using var cts = Wait.Timeout();
        discord.Respond = _ => new FakeResponse(429, Payloads.RateLimited(1336.57, message: "The resource is being rate limited."), Payloads.RateLimitedHeaders("shared", retryAfter: "1337", remaining: "9"));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.CreateMessageAsync("42", Hello, cts.Token));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Single(discord.Requests);
        Assert.Contains(rest.Logs.Entries, l => l.Message.Contains("1336.57", StringComparison.Ordinal) && l.Message.Contains("shared", StringComparison.Ordinal));
    }

    // Conformance: the docs' 429 responses, headers and body verbatim; each asks for over a minute, so the client gives up at once.
    [SharedFact(Fixture.UserRateLimit, Fixture.SharedRateLimit, Fixture.GlobalRateLimit)]
    public async Task The_docs_429_responses_verbatim_are_read_for_their_wait_and_scope()
    {
        foreach (var (file, seconds, scope) in new[] { (Fixture.UserRateLimit, "64.57", "user"), (Fixture.SharedRateLimit, "1336.57", "shared"), (Fixture.GlobalRateLimit, "64.57", "global") })
        {
            await using var discord = await FakeDiscord.StartAsync();
            using var rest = new RestHarness(discord);
            using var cts = Wait.Timeout();
            var (status, headers, body) = Fixture.Http(file);
            Assert.Equal(429, status);
            Assert.Equal(seconds, ((double)JsonNode.Parse(body)!["retry_after"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
            discord.Respond = _ => new FakeResponse(status, body, headers);

            var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.CreateMessageAsync("42", Hello, cts.Token));

            Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
            Assert.Single(discord.Requests);
            Assert.Contains(rest.Logs.Entries, l => l.Message.Contains($"for {seconds} s ({scope})", StringComparison.Ordinal));
        }
    }

    // Conformance: our exhausted-bucket headers are the docs' rate-limit headers example.
    [SharedFact(Fixture.RateLimitHeaders)]
    public void Our_exhausted_bucket_headers_are_the_docs_example()
    {
        var (_, headers, _) = Fixture.Http(Fixture.RateLimitHeaders);
        Assert.Equal(headers.OrderBy(h => h.Key, StringComparer.Ordinal), Payloads.ExhaustedBucketHeaders().OrderBy(h => h.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_error_is_logged_with_discords_field_messages()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var rest = new RestHarness(discord);
        using var cts = Wait.Timeout();

        // Our own 50035 (https://discord.com/developers/docs/reference error format) with errors under an array index, as for an activity's fields.
        discord.Respond = _ => new FakeResponse(400, """{"code": 50035, "errors": {"activities": {"0": {"platform": {"_errors": [{"code": "BASE_TYPE_CHOICES", "message": "Value must be one of ('desktop', 'android', 'ios')."}]}}}}, "message": "Invalid Form Body"}""");

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.CreateMessageAsync("42", Hello, cts.Token));

        Assert.Equal(50035, error.Code);
        Assert.Single(discord.Requests); // a 400 is not retried
        var line = Assert.Single(rest.Logs.Entries, l => l.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.Contains("Invalid Form Body (50035)", line.Message, StringComparison.Ordinal);
        Assert.Contains("activities.0.platform: Value must be one of ('desktop', 'android', 'ios').", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_401_the_token_is_not_tried_again()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var rest = new RestHarness(discord);
        using var cts = Wait.Timeout();
        discord.Respond = _ => new FakeResponse(401, """{"message": "401: Unauthorized", "code": 0}""");

        await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.CreateMessageAsync("42", Hello, cts.Token));
        await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.CreateMessageAsync("42", Hello, cts.Token));
        await Assert.ThrowsAsync<DiscordApiException>(() => rest.Client.GetGatewayBotAsync(cts.Token));

        Assert.Single(discord.Requests);
        Assert.Contains(rest.Logs.Entries, l => l.Message.Contains("Reset Token", StringComparison.Ordinal));
        Assert.DoesNotContain(FakeDiscord.Token, rest.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_carry_bot_auth_user_agent_and_json()
    {
        await using var discord = await FakeDiscord.StartAsync();
        using var rest = new RestHarness(discord);
        using var cts = Wait.Timeout();

        await rest.Client.CreateMessageAsync("42", Hello, cts.Token);
        await rest.Client.EditOriginalResponseAsync("interaction-token", Hello, cts.Token);

        var create = discord.Requests[0];
        Assert.Equal($"Bot {FakeDiscord.Token}", create.Header("Authorization"));
        Assert.Matches(@"^DiscordBot \(\S+, [0-9.]+\)$", create.Header("User-Agent"));
        Assert.Equal("application/json", create.Header("Content-Type"));
        Assert.Equal("""{"content":"hi","allowed_mentions":{"parse":[]}}""", create.Text);

        var edit = discord.Requests[1];
        Assert.Equal(("PATCH", $"/webhooks/{FakeDiscord.ApplicationId}/interaction-token/messages/@original"), (edit.Method, edit.Path));
        Assert.Null(edit.Header("Authorization")); // the interaction token is the credential there
    }
}
