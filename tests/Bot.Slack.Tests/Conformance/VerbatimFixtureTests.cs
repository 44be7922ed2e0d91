using System.Net;
using System.Text.Json.Nodes;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Conformance;

// The verbatim Slack examples in ../shared/protocols/slack drive the bot exactly as our own payloads do in the
// other tests: one test per fixture the fake or the tests used to be built on. Skipped when ../shared is absent.
public sealed class VerbatimFixtureTests
{
    [SharedFact("protocols/slack")]
    public async Task Docs_web_api_and_socket_mode_answers_sign_in_connect_and_post()
    {
        await using var h = await SlackHarness.StartAsync(prepare: harness =>
        {
            harness.Fake.AuthTest = Fixture.Text("web_api", "web_api_auth_test_success_example.json");
            harness.Fake.PostMessage = Fixture.Text("web_api", "web_api_chat_postMessage_success_example.json");
            harness.Fake.PostEphemeral = Fixture.Text("web_api", "web_api_chat_postEphemeral_success_example.json");
            harness.Fake.ConnectionsOpen = Fixture.Text("socket_mode", "apps_connections_open_success_docs_slack_dev.json");
            harness.Fake.Hello = Fixture.Text("socket_mode", "hello_python_slack_sdk_fixture.json");
            return Task.CompletedTask;
        }, settings: new Dictionary<string, string?> { ["Chat:RateLimit:Questions"] = "1" });

        await h.Fake.WaitForSocketAsync(1, h.Timeout);
        await h.WaitForStateAsync("connected (socket mode and http)");
        Assert.Equal("W12345678", h.Fake.BotUserId);
        Assert.Contains(h.Logs.Lines, l => l.Contains("Slack: signed in as grace (W12345678) in workspace Subarachnoid Workspace (T12345678)", StringComparison.Ordinal));

        var mention = Payloads.AppMention(h.Fake.BotUserId, SlackHarness.Question);
        using var first = await h.PostEventAsync(mention);
        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        Assert.Equal("C123ABC456", post["channel"]);
        Assert.Contains("$2.5 billion", post["text"]);

        // Over the rate limit (1 question): the docs' chat.postEphemeral answer.
        using var second = await h.PostEventAsync(Payloads.WithEvent(mention, new Dictionary<string, string?> { ["ts"] = "1515449599.000001" }, eventId: "Ev0SECOND"));
        var ephemeral = await h.Fake.WaitForAsync("chat.postEphemeral", h.Timeout);
        Assert.Equal(("C123ABC456", "U061F7AUR"), (ephemeral["channel"], ephemeral["user"]));
        Assert.Contains("slow down and try again in", ephemeral["text"]);
        Assert.Single(h.Fake.Calls("chat.postMessage"));
    }

    [SharedFact("protocols/slack")]
    public async Task Docs_url_verification_is_answered_with_its_challenge()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);

        using var response = await h.PostEventAsync(Fixture.Text("events_api", "url_verification_request.json"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync(h.Timeout));
    }

    [SharedFact("protocols/slack")]
    public async Task Docs_app_mention_verbatim_trailing_comma_and_all_is_answered_in_its_thread()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        var mention = Fixture.Text("events_api", "app_mention_event_callback_docs_slack_dev.jsonc")
            .With("\"<@U0LAN0Z89> is it everything a river should be?\"", $"\"<@{h.Fake.BotUserId}> {SlackHarness.Question}\"");

        using var response = await h.PostEventAsync(mention);
        using var retry = await h.PostEventAsync(mention, headers: new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (response.StatusCode, retry.StatusCode));
        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);
        Assert.Equal(("C123ABC456", "1515449522.000016"), (post["channel"], post["thread_ts"]));
        Assert.Contains("$2.5 billion", post["text"]);
        Assert.Equal(("C123ABC456", "1515449522.000016", "eyes"), (h.Fake.Calls("reactions.add")[0]["channel"], h.Fake.Calls("reactions.add")[0]["timestamp"], h.Fake.Calls("reactions.add")[0]["name"]));
        Assert.True(h.Logs.Contains("Event Ev123ABC456 arrived again over http (retry 1, http_timeout)"));
        Assert.Single(h.Fake.Calls("chat.postMessage"));
    }

    [SharedFact("protocols/slack")]
    public async Task Docs_message_im_is_answered_in_the_dm()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        var dm = Fixture.Text("events_api", "message_im_event_callback_api_slack_com.json").With("\"Hello hello can you hear me?\"", $"\"{SlackHarness.Question}\"");

        using var response = await h.PostEventAsync(dm);

        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        Assert.Equal("D024BE91L", post["channel"]);
        Assert.Null(post["thread_ts"]);
        Assert.Contains("$2.5 billion", post["text"]);
    }

    [SharedFact("protocols/slack")]
    public async Task Sdk_socket_mode_envelopes_are_acknowledged_and_answered()
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);
        var mention = JsonNode.Parse(Fixture.Text("socket_mode", "envelope_events_api_app_mention_python_slack_sdk_fixture.json"))!;
        mention["payload"]!["event"]!["text"] = $"<@{h.Fake.BotUserId}> {SlackHarness.Question}";
        var command = Fixture.Text("socket_mode", "envelope_slash_commands_python_slack_sdk_fixture.json").With("\"text\":\"\"", $"\"text\":\"{SlackHarness.Question}\"");

        await socket.SendAsync(Fixture.Text("socket_mode", "envelope_interactive_shortcut_python_slack_sdk_fixture.json"), h.Timeout);
        await socket.SendAsync(mention.ToJsonString(), h.Timeout);
        await socket.SendAsync(command, h.Timeout);

        Assert.Equal("""{"envelope_id":"57d6a792-4d35-4d0b-b6aa-3361493e1caf"}""", (await socket.WaitForAckAsync("57d6a792-4d35-4d0b-b6aa-3361493e1caf", h.Timeout)).ToJsonString());
        await socket.WaitForAckAsync("cda4159a-72a5-4744-aba3-4d66eb52682b", h.Timeout);
        await socket.WaitForAckAsync("1d3c79ab-0ffb-41f3-a080-d19e85f53649", h.Timeout);
        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        Assert.Equal(("C111", "1610241741.000200"), (post["channel"], post["thread_ts"]));
        Assert.Contains("$2.5 billion", post["text"]);
        Assert.Equal(("hooks.slack.com", "/commands/T111/111/xxx"), (answer.Host, answer.Path));
        Assert.Equal("ephemeral", answer["response_type"]);
        Assert.Contains("$2.5 billion", answer.AllText);
    }

    [SharedTheory("protocols/slack")]
    [InlineData("disconnect_refresh_requested_docs_slack_dev.json")]
    [InlineData("disconnect_warning_docs_slack_dev.json")]
    [InlineData("disconnect_too_many_websockets_python_slack_sdk_fixture.json")]
    public async Task Docs_disconnect_reconnects_and_keeps_answering(string fixture)
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var first = await h.Fake.WaitForSocketAsync(1, h.Timeout);

        await first.SendAsync(Fixture.Text("socket_mode", fixture), h.Timeout);
        await first.Closed.WaitAsync(h.Timeout);
        var second = await h.Fake.WaitForSocketAsync(2, h.Timeout);
        await second.SendAsync(Payloads.CommandEnvelope(SlackHarness.Question), h.Timeout);

        await second.WaitForAckAsync(Payloads.CommandEnvelopeId, h.Timeout);
        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        Assert.Contains("$2.5 billion", answer.AllText);
        Assert.Equal(2, h.Fake.ConnectionsOpened);
        Assert.Empty(first.Received);
    }

    [SharedFact("protocols/slack")]
    public async Task Docs_link_disabled_stops_with_no_reconnect()
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);

        await socket.SendAsync(Fixture.Text("socket_mode", "disconnect_link_disabled_docs_slack_dev.json"), h.Timeout);

        await h.WaitForStateAsync("stopped");
        await socket.Closed.WaitAsync(h.Timeout);
        Assert.Equal("stopped: Socket Mode is disabled in the Slack app settings (link_disabled)", h.Status.State);
        Assert.Equal(1, h.Fake.ConnectionsOpened);
    }

    [SharedFact("protocols/slack")]
    public async Task Docs_auth_test_error_stops_the_adapter()
    {
        await using var h = await SlackHarness.StartAsync(prepare: harness =>
        {
            harness.Fake.AuthTest = Fixture.Text("web_api", "web_api_auth_test_error_example.json");
            return Task.CompletedTask;
        });

        await h.WaitForStateAsync("stopped");

        Assert.Equal("stopped: Slack rejected the bot token (invalid_auth)", h.Status.State);
        Assert.Empty(h.Fake.Calls("apps.connections.open"));
    }

    [SharedFact("protocols/slack")]
    public async Task Docs_chat_post_message_error_is_logged_with_its_code()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false, prepare: harness =>
        {
            harness.Fake.PostMessage = Fixture.Text("web_api", "web_api_chat_postMessage_error_example.json");
            return Task.CompletedTask;
        });

        using var response = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));

        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);
        Assert.Single(h.Fake.Calls("chat.postMessage"));
        Assert.Contains(h.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Slack chat.postMessage failed: too_many_attachments", StringComparison.Ordinal));
    }
}
