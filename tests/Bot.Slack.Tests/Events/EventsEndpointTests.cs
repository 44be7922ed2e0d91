using System.Net;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Events;

// POST /slack/events against the fake Slack: signatures, url_verification, mentions, DMs, retries, loops.
public sealed class EventsEndpointTests
{
    [Fact]
    public async Task Url_verification_is_answered_with_the_challenge()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);

        using var response = await h.PostEventAsync(Payloads.UrlVerification);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Payloads.Challenge, await response.Content.ReadAsStringAsync(h.Timeout));
    }

    [Fact]
    public async Task Forged_stale_and_missing_signatures_get_401_and_no_web_api_call()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        var mention = Payloads.AppMention(h.Fake.BotUserId, SlackHarness.Question);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var forged = await h.PostEventAsync(mention, signature: SignedSender.Sign("not-the-secret", now, System.Text.Encoding.UTF8.GetBytes(mention)));
        using var stale = await h.PostEventAsync(mention, timestamp: now - 6 * 60);
        using var missing = await h.PostEventAsync(mention, signature: "");
        using var challenge = await h.PostEventAsync(Payloads.UrlVerification, signature: "");
        using var command = await h.PostCommandAsync(Payloads.Command("/ask", SlackHarness.Question), signature: "v0=" + new string('0', 64));

        Assert.All([forged, stale, missing, challenge, command], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.DoesNotContain(Payloads.Challenge, await challenge.Content.ReadAsStringAsync(h.Timeout));

        // A genuine request afterwards is answered, and it is the only thing the bot did besides signing in.
        using var genuine = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));
        await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        Assert.Equal(["auth.test", "reactions.add", "chat.postMessage", "reactions.remove"], h.Fake.Requests.Select(r => r.Method));
        Assert.All(h.Fake.Requests.Skip(1), r => Assert.Equal("D024BE91L", r["channel"]));
        Assert.True(h.Logs.Contains("signature Mismatch") && h.Logs.Contains("signature Stale") && h.Logs.Contains("signature Missing"));
    }

    [Fact]
    public async Task App_mention_is_answered_in_its_thread_with_the_cited_answer_while_eyes_mark_the_question()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);

        using var response = await h.PostEventAsync(Payloads.AppMention(h.Fake.BotUserId, SlackHarness.Question));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        var removed = await h.Fake.WaitForAsync("reactions.remove", h.Timeout);
        var added = Assert.Single(h.Fake.Calls("reactions.add"));
        Assert.Equal("C123ABC456", post["channel"]);
        Assert.Equal("1515449522.000016", post["thread_ts"]);
        Assert.Contains("$2.5 billion", post["text"]);
        Assert.Contains("$2.5 billion", post.BlockText(0));
        Assert.StartsWith("*[1] ", post.BlockText(1));
        Assert.Equal("false", post["unfurl_links"]);
        Assert.All(post.Json["blocks"]!.AsArray().SkipLast(1), b => Assert.Equal(["text", "type"], b!.AsObject().Select(p => p.Key).Order()));
        Assert.Equal("actions", post.Json["blocks"]!.AsArray()[^1]!["type"]!.ToString()); // 👍/👎 (FeedbackTests)
        Assert.Equal("Bearer " + SlackHarness.BotToken, post.Authorization);
        Assert.Equal(("C123ABC456", "1515449522.000016", "eyes"), (added["channel"], added["timestamp"], added["name"]));
        Assert.Equal(added.Body, removed.Body);
        Assert.True(added.Sequence < post.Sequence && post.Sequence < removed.Sequence, "👀 is added before the answer and removed after it");
    }

    [Fact]
    public async Task Mention_inside_a_thread_is_answered_in_that_thread()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        var inThread = Payloads.WithEvent(Payloads.AppMention(h.Fake.BotUserId, SlackHarness.Question), new Dictionary<string, string?> { ["thread_ts"] = "1515449000.000001" });

        using var response = await h.PostEventAsync(inThread);

        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        Assert.Equal("1515449000.000001", post["thread_ts"]);
    }

    [Fact]
    public async Task Direct_message_is_answered_in_the_dm()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);

        using var response = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));

        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        Assert.Equal("D024BE91L", post["channel"]);
        Assert.Null(post["thread_ts"]);
        Assert.Contains("$2.5 billion", post["text"]);
    }

    [Fact]
    public async Task Redelivered_event_is_acknowledged_and_answered_once()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        var mention = Payloads.AppMention(h.Fake.BotUserId, SlackHarness.Question);

        using var first = await h.PostEventAsync(mention);
        using var retry = await h.PostEventAsync(mention, headers: new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });
        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);
        using var other = await h.PostEventAsync(Payloads.DirectMessage("What is the S-400?"));
        await h.Fake.WaitForAsync("chat.postMessage", h.Timeout, r => r["channel"] == "D024BE91L");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.Single(h.Fake.Calls("chat.postMessage"), r => r["channel"] == "C123ABC456");
        Assert.True(h.Logs.Contains("Event Ev123ABC456 arrived again over http (retry 1, http_timeout)"));
    }

    [Theory]
    [InlineData("bot_id", "B19LU7CSY")]
    [InlineData("subtype", "bot_message")]
    [InlineData("subtype", "message_changed")]
    [InlineData("subtype", "channel_join")]
    [InlineData("user", Payloads.BotUserId)]
    [InlineData("channel_type", "channel")]
    [InlineData("user", null)]
    public async Task Messages_from_bots_itself_edits_joins_and_other_channels_are_ignored(string field, string? value)
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        var ignored = Payloads.WithEvent(Payloads.DirectMessage(SlackHarness.Question), new Dictionary<string, string?> { [field] = value, ["channel"] = "D0IGNORED" }, eventId: "Ev0IGNORED");

        using var response = await h.PostEventAsync(ignored);
        using var genuine = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));
        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(h.Fake.Requests, r => r.Body.Contains("D0IGNORED", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Over_the_rate_limit_a_mention_gets_a_private_slow_down_not_silence()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false, settings: new Dictionary<string, string?> { ["Chat:RateLimit:Questions"] = "1" });
        var mention = Payloads.AppMention(h.Fake.BotUserId, SlackHarness.Question);

        using var first = await h.PostEventAsync(mention);
        await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        using var second = await h.PostEventAsync(Payloads.WithEvent(mention, new Dictionary<string, string?> { ["ts"] = "1515449599.000001" }, eventId: "Ev0SECOND"));

        var ephemeral = await h.Fake.WaitForAsync("chat.postEphemeral", h.Timeout);
        Assert.Equal(("C123ABC456", "U061F7AUR"), (ephemeral["channel"], ephemeral["user"]));
        Assert.Contains("slow down and try again in", ephemeral["text"]);
        Assert.Single(h.Fake.Calls("chat.postMessage"));
    }

    [Fact]
    public async Task Mention_without_a_question_gets_the_help()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);

        using var response = await h.PostEventAsync(Payloads.AppMention(h.Fake.BotUserId, ""));

        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        Assert.Contains("/ask &lt;question&gt;", post["text"]);
    }

    [Fact]
    public async Task Excerpt_containing_a_channel_mention_is_escaped_in_the_posted_message()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false, prepare: async harness =>
        {
            await File.WriteAllTextAsync(Path.Combine(harness.Knowledge.CorpusPath, "zz_notice.txt"),
                "---\ntitle: Harbour <!channel> notice\nsource: Port Gazette\n---\n\nThe zanzibar harbour ferry toll rose to 7 <!channel> dollars & <@U999> said <http://evil.example|click here> at once.\n", harness.Timeout);
            await harness.Knowledge.Index.RebuildAsync(cancellationToken: harness.Timeout);
        });

        using var response = await h.PostEventAsync(Payloads.DirectMessage("What is the zanzibar harbour ferry toll?"));

        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        var message = post.AllText;
        Assert.Contains("&lt;!channel&gt;", post.BlockText(1));
        Assert.Contains("&lt;!channel&gt;", post["text"]);
        Assert.Contains("&amp;", message);
        Assert.DoesNotContain("<!channel>", message);
        Assert.DoesNotContain("<@U999>", message);
        Assert.DoesNotContain("<http://evil", message);
    }
}
