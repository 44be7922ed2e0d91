using Bot.Slack.Tests.Fakes;
using Microsoft.AspNetCore.Http;

namespace Bot.Slack.Tests.WebApi;

// The Web API client against the fake: 429 Retry-After, 5xx, and ok:false.
public sealed class SlackApiClientTests
{
    // Our own 429, and the one Slack's docs show (status line and header read from ../shared, so that
    // case is only listed when the fixture is there).
    public static TheoryData<string> RateLimitShapes()
    {
        var shapes = new TheoryData<string> { "ours" };
        if (TestPaths.MissingShared(["protocols/slack"]) is null)
        {
            shapes.Add("as documented");
        }

        return shapes;
    }

    [Theory]
    [MemberData(nameof(RateLimitShapes))]
    public async Task Rate_limited_post_waits_retry_after_then_is_delivered(string shape)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var postedAt = new List<DateTimeOffset>();
        await using var h = await SlackHarness.StartAsync(socketMode: false, time: clock, prepare: harness =>
        {
            harness.Fake.Intercept = (method, nth) =>
            {
                if (method != "chat.postMessage")
                {
                    return null;
                }

                lock (postedAt)
                {
                    postedAt.Add(clock.GetUtcNow());
                }

                return nth != 1 ? null : shape == "ours" ? RawResult.RateLimited(1) : RawResult.RateLimitedAsDocumented(1);
            };
            return Task.CompletedTask;
        });

        using var response = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));

        await AdvanceUntilAsync(clock, h.Fake.WaitForAsync("reactions.remove", h.Timeout), h);
        var posts = h.Fake.Calls("chat.postMessage");
        Assert.Equal(2, posts.Count);
        var retried = postedAt[1] - postedAt[0]; // on the bot's clock, read as each request arrived
        Assert.True(retried >= TimeSpan.FromSeconds(1), $"retried after {retried.TotalMilliseconds} ms");
        Assert.Equal(posts[0].Body, posts[1].Body);
        Assert.Contains("$2.5 billion", posts[1]["text"]);
        Assert.True(h.Logs.Contains("Slack chat.postMessage is rate limited; retrying in 1 s"));
    }

    [Fact]
    public async Task A_server_error_on_an_idempotent_call_is_retried_with_backoff()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var triedAt = new List<DateTimeOffset>();
        await using var h = await SlackHarness.StartAsync(socketMode: false, time: clock, prepare: harness =>
        {
            harness.Fake.Intercept = (method, nth) => method == "reactions.add" && Tried(triedAt, clock) <= 2 ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : null;
            return Task.CompletedTask;
        });

        using var response = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));

        await AdvanceUntilAsync(clock, h.Fake.WaitForAsync("reactions.remove", h.Timeout), h);
        Assert.Equal(3, h.Fake.Calls("reactions.add").Count);
        var waited = triedAt[2] - triedAt[0];
        // Backoffs of 0.5 and 1 s, each 50–100 % of that.
        Assert.True(waited >= TimeSpan.FromSeconds(0.75), $"retried twice within {waited.TotalSeconds:0.00} s");
        Assert.True(h.Logs.Contains("Slack reactions.add answered HTTP 503; retrying in"));
        Assert.DoesNotContain(h.Logs.Lines, l => l.StartsWith("Warning Bot.Slack", StringComparison.Ordinal));
    }

    // A 5xx (or a timeout) may come after Slack posted the message: retrying posted the answer twice.
    [Fact]
    public async Task A_server_error_after_post_message_is_logged_and_not_retried_so_the_answer_is_never_posted_twice()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false, prepare: harness =>
        {
            harness.Fake.Intercept = (method, _) => method == "chat.postMessage" ? Results.StatusCode(StatusCodes.Status503ServiceUnavailable) : null;
            return Task.CompletedTask;
        });

        using var response = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));

        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);
        Assert.Single(h.Fake.Calls("chat.postMessage"));
        Assert.Contains(h.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Slack chat.postMessage answered HTTP 503; not retrying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Web_api_bodies_go_with_a_content_length_and_a_user_agent_naming_the_bot()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);

        using var response = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));

        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);
        var post = Assert.Single(h.Fake.Calls("chat.postMessage"));
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(post.Body).ToString(System.Globalization.CultureInfo.InvariantCulture), post.Header("Content-Length"));
        Assert.Null(post.Header("Transfer-Encoding"));
        Assert.Equal("application/json; charset=utf-8", post.Header("Content-Type"));
        Assert.All(h.Fake.Requests, r => Assert.StartsWith($"Bot/{Bot.Chat.BotVersion.Number} ", r.Header("User-Agent"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Persistent_server_errors_stop_after_a_bounded_number_of_attempts()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var triedAt = new List<DateTimeOffset>();
        await using var h = await SlackHarness.StartAsync(socketMode: false, time: clock, prepare: harness =>
        {
            harness.Fake.Intercept = (method, _) => method == "reactions.add" && Tried(triedAt, clock) > 0 ? Results.StatusCode(StatusCodes.Status500InternalServerError) : null;
            return Task.CompletedTask;
        });

        using var response = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));

        await AdvanceUntilAsync(clock, h.Fake.WaitForAsync("reactions.remove", h.Timeout), h);
        Assert.Equal(4, h.Fake.Calls("reactions.add").Count);
        var waited = triedAt[3] - triedAt[0];
        // Backoffs of 0.5, 1 and 2 s, each 50–100 % of that.
        Assert.True(waited >= TimeSpan.FromSeconds(1.75), $"four attempts within {waited.TotalSeconds:0.00} s");
        Assert.Single(h.Fake.Calls("chat.postMessage"));
        Assert.True(h.Logs.Contains("Slack reactions.add answered HTTP 500"));
    }

    [Fact]
    public async Task Ok_false_is_logged_with_the_method_and_the_error_code()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false, prepare: harness =>
        {
            harness.Fake.Intercept = (method, _) => method == "chat.postMessage"
                ? new RawResult(200, Payloads.PostMessageError)
                : null;
            return Task.CompletedTask;
        });

        using var response = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));

        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);
        Assert.Single(h.Fake.Calls("chat.postMessage"));
        Assert.Contains(h.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Slack chat.postMessage failed: too_many_attachments", StringComparison.Ordinal));
    }

    // Notes when a request arrived on the bot's clock; returns how many have arrived, this one included.
    private static int Tried(List<DateTimeOffset> triedAt, FakeTimeProvider clock)
    {
        lock (triedAt)
        {
            triedAt.Add(clock.GetUtcNow());
            return triedAt.Count;
        }
    }

    // Virtual time passes in 50 ms steps until the awaited request arrives; returns how much passed.
    private static Task<TimeSpan> AdvanceUntilAsync(FakeTimeProvider clock, Task work, SlackHarness h) =>
        VirtualTime.AdvanceUntilAsync(clock, work, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(60), h.Timeout);
}
