using System.Net;
using System.Text.Json.Nodes;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.SocketMode;

// Socket Mode against the fake: apps.connections.open, the WebSocket, acks, disconnects and reconnects.
public sealed class SocketModeTests
{
    [Fact]
    public async Task Opens_the_connection_with_the_app_token_and_reports_connected_after_hello()
    {
        await using var h = await SlackHarness.StartAsync(http: false);

        await h.Fake.WaitForSocketAsync(1, h.Timeout);
        await h.WaitForStateAsync("connected (socket mode)");

        var open = Assert.Single(h.Fake.Calls("apps.connections.open"));
        Assert.Equal("Bearer " + SlackHarness.AppToken, open.Authorization);
        Assert.Equal("", open.Body); // the token goes in the header, never as a parameter (https://api.slack.com/apis/socket-mode)
        Assert.Equal("Bearer " + SlackHarness.BotToken, Assert.Single(h.Fake.Calls("auth.test")).Authorization);
        Assert.True(h.Fake.Calls("auth.test")[0].Sequence < open.Sequence, "auth.test comes first");
        Assert.StartsWith($"Bot/{Bot.Chat.BotVersion.Number} ", h.Fake.SocketUserAgent, StringComparison.Ordinal); // the WebSocket upgrade names the bot too
    }

    [Fact]
    public async Task Without_a_signing_secret_no_http_endpoint_is_mapped()
    {
        await using var h = await SlackHarness.StartAsync(http: false);

        using var events = await h.PostEventAsync(Payloads.UrlVerification);

        Assert.Equal(HttpStatusCode.NotFound, events.StatusCode);
    }

    [Fact]
    public async Task Slash_command_envelope_is_acknowledged_before_the_answer_goes_to_response_url()
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);
        var release = new TaskCompletionSource();
        h.Fake.ResponseUrlGate = release.Task;

        await socket.SendAsync(Payloads.CommandEnvelope(SlackHarness.Question), h.Timeout);

        // The answer is held until the ack is in: a bot that answered before acknowledging never acks.
        var ack = await socket.WaitForAckAsync("1d3c79ab-0ffb-41f3-a080-d19e85f53649", h.Timeout);
        release.SetResult();
        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        Assert.Equal("""{"envelope_id":"1d3c79ab-0ffb-41f3-a080-d19e85f53649"}""", ack.ToJsonString());
        Assert.Equal(("hooks.slack.com", "/commands/T111/111/xxx"), (answer.Host, answer.Path));
        Assert.Equal("ephemeral", answer["response_type"]);
        Assert.Contains("$2.5 billion", answer.AllText);
        Assert.Contains("You asked: " + SlackHarness.Question, answer.AllText);
    }

    [Fact]
    public async Task App_mention_envelope_is_answered_in_the_thread_of_the_mention()
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);

        await socket.SendAsync(Payloads.MentionEnvelope(h.Fake.BotUserId, SlackHarness.Question), h.Timeout);

        await socket.WaitForAckAsync("cda4159a-72a5-4744-aba3-4d66eb52682b", h.Timeout);
        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        Assert.Equal(("C111", "1610241741.000200"), (post["channel"], post["thread_ts"]));
        Assert.Contains("$2.5 billion", post["text"]);
    }

    [Fact]
    public async Task Redelivered_envelope_is_acknowledged_again_but_answered_once()
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);

        await socket.SendAsync(Payloads.MentionEnvelope(h.Fake.BotUserId, SlackHarness.Question), h.Timeout);
        await socket.SendAsync(Payloads.MentionEnvelope(h.Fake.BotUserId, SlackHarness.Question, envelopeId: "retry-envelope-1", retryAttempt: 1), h.Timeout);
        await socket.SendAsync(Payloads.MentionEnvelope(h.Fake.BotUserId, "What is the S-400?", envelopeId: "later-envelope", eventId: "Ev222", ts: "1610241999.000300"), h.Timeout);

        await socket.WaitForAckAsync("retry-envelope-1", h.Timeout);
        await socket.WaitForAckAsync("later-envelope", h.Timeout);
        while (h.Fake.Calls("reactions.remove").Count < 2)
        {
            await Task.Delay(20, h.Timeout);
        }

        Assert.Equal(["1610241741.000200", "1610241999.000300"], h.Fake.Calls("chat.postMessage").Select(r => r["thread_ts"]).Order());
        Assert.True(h.Logs.Contains("Event Ev111 arrived again over socket mode (retry 1, timeout)"));
    }

    [Theory]
    [InlineData("refresh_requested")]
    [InlineData("warning")]
    [InlineData("too_many_websockets")]
    public async Task Disconnect_reconnects_and_keeps_answering(string reason)
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var first = await h.Fake.WaitForSocketAsync(1, h.Timeout);

        await first.SendAsync(Payloads.Disconnect(reason), h.Timeout);
        await first.Closed.WaitAsync(h.Timeout);
        var second = await h.Fake.WaitForSocketAsync(2, h.Timeout);
        await second.SendAsync(Payloads.CommandEnvelope(SlackHarness.Question), h.Timeout);

        await second.WaitForAckAsync("1d3c79ab-0ffb-41f3-a080-d19e85f53649", h.Timeout);
        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        Assert.Contains("$2.5 billion", answer.AllText);
        Assert.Equal(2, h.Fake.ConnectionsOpened);
        Assert.Empty(first.Received);
    }

    [Fact]
    public async Task Link_disabled_stops_with_a_clear_log_line_and_no_reconnect()
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);

        await socket.SendAsync(Payloads.Disconnect("link_disabled"), h.Timeout);

        await h.WaitForStateAsync("stopped");
        await socket.Closed.WaitAsync(h.Timeout);
        Assert.Equal("stopped: Socket Mode is disabled in the Slack app settings (link_disabled)", h.Status.State);
        Assert.Contains(h.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("link_disabled", StringComparison.Ordinal));
        Assert.Equal(1, h.Fake.ConnectionsOpened);
    }

    [Fact]
    public async Task Dropped_connection_is_reconnected_after_a_backoff()
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var first = await h.Fake.WaitForSocketAsync(1, h.Timeout);
        await h.WaitForStateAsync("connected");

        first.Abort();

        await h.WaitForStateAsync("reconnecting (socket mode) in");
        var second = await h.Fake.WaitForSocketAsync(2, h.Timeout);
        await h.WaitForStateAsync("connected");
        await second.SendAsync(Payloads.MentionEnvelope(h.Fake.BotUserId, SlackHarness.Question), h.Timeout);
        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        Assert.Contains("$2.5 billion", post["text"]);
        Assert.Contains(h.Logs.Lines, l => l.Contains("Socket Mode reconnecting in", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Interactive_and_unknown_envelopes_are_acknowledged_and_ignored()
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);

        await socket.SendAsync(Payloads.ShortcutEnvelope(), h.Timeout);
        await socket.SendAsync(Payloads.CommandEnvelope("sources"), h.Timeout);

        await socket.WaitForAckAsync(Payloads.ShortcutEnvelopeId, h.Timeout);
        await h.Fake.WaitForAsync("response_url", h.Timeout);
        Assert.Equal(["auth.test", "apps.connections.open", "response_url"], h.Fake.Requests.Select(r => r.Method));
    }

    [Fact]
    public async Task Socket_mode_and_http_run_together_and_share_the_duplicate_check()
    {
        await using var h = await SlackHarness.StartAsync();
        var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);
        await h.WaitForStateAsync("connected (socket mode and http)");

        var mention = JsonNode.Parse(Payloads.MentionEnvelope(h.Fake.BotUserId, SlackHarness.Question))!;
        await socket.SendAsync(mention.ToJsonString(), h.Timeout);
        using var overHttp = await h.PostEventAsync(mention["payload"]!.ToJsonString());
        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);
        using var dm = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));
        await h.Fake.WaitForAsync("chat.postMessage", h.Timeout, r => r["channel"] == "D024BE91L");

        Assert.Equal(HttpStatusCode.OK, overHttp.StatusCode);
        Assert.Single(h.Fake.Calls("chat.postMessage"), r => r["channel"] == "C111");
    }
}
