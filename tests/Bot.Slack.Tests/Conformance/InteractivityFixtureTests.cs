using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Chat.Questions;
using Bot.Slack.Tests.Fakes;
using Bot.Slack.Wire;

namespace Bot.Slack.Tests.Conformance;

// The verbatim block_actions payloads and message.channels envelopes in ../shared/protocols/slack:
// they parse, a click shaped like them is recorded, and a thread reply shaped like them follows up.
// Skipped when ../shared is absent.
public sealed class InteractivityFixtureTests
{
    // The docs' example was published with "..." inside its message object: that line goes, the rest is verbatim.
    private static string Payload(string fixture) => fixture.EndsWith(".jsonc", StringComparison.Ordinal)
        ? Fixture.Text("interactivity", fixture).With("  ...\n", "")
        : Fixture.Text("interactivity", fixture);

    [SharedTheory("protocols/slack")]
    [InlineData("block_actions_message_button_api_slack_com.jsonc", "UA8RXUSPL", "WaXA", "click_me_123", "CBR2V3XEX")]
    [InlineData("block_actions_button_message_org_install_bolt_python_fixture.json", "W111", "a", "click_me_123", "C111")]
    [InlineData("block_actions_home_tab_buttons_api_slack_com.json", "UA8RXUSPL", "XRX", null, null)]
    public void Verbatim_block_actions_payloads_parse_with_the_fields_the_bot_reads(string fixture, string user, string actionId, string? value, string? channel)
    {
        var click = JsonSerializer.Deserialize(Payload(fixture), SlackJsonContext.Default.BlockActions)!;

        Assert.Equal("block_actions", click.Type);
        Assert.Equal(user, click.User?.Id);
        var action = Assert.Single(click.Actions!);
        Assert.Equal((actionId, "button", value), (action.ActionId, action.Type, action.Value));
        Assert.Equal(channel, click.Container?.ChannelId);
        Assert.False(string.IsNullOrEmpty(click.TriggerId));
    }

    [SharedFact("protocols/slack")]
    public async Task Bolt_block_actions_fixture_over_http_is_ignored_as_it_is_and_recorded_with_our_button()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        using var dm = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));
        var answerId = SlackHarness.AnswerId(await h.Fake.WaitForAsync("chat.postMessage", h.Timeout))!;
        var verbatim = Payload("block_actions_button_message_org_install_bolt_python_fixture.json");
        var ours = verbatim.With("\"action_id\": \"a\"", "\"action_id\": \"feedback_up\"").With("\"click_me_123\"", $"\"{answerId}\"").With("\"111.222.xxx\"", "\"111.222.yyy\"");

        using var ignored = await h.PostInteractionAsync(Payloads.InteractivityForm(verbatim));
        using var recorded = await h.PostInteractionAsync(Payloads.InteractivityForm(ours));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (ignored.StatusCode, recorded.StatusCode));
        Assert.Equal(Vote.Up, Assert.Single(await h.WaitForVotesAsync(answerId, v => v.Count > 0)).Vote);
        await h.WaitUntilIdleAsync();
        var thanks = Assert.Single(h.Fake.Calls("response_url")); // an ephemeral message: the payload has no blocks to replace
        Assert.Equal("/actions/E111/111/xxx", thanks.Path);
        Assert.Equal(("false", "Thanks <@W111> — 👍 recorded; click 👎 to change it."), (thanks["replace_original"], thanks["text"]));
    }

    [SharedFact("protocols/slack")]
    public async Task Sdk_modal_block_actions_envelope_is_acknowledged_and_records_nothing()
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);
        var envelope = JsonNode.Parse(Fixture.Text("socket_mode", "envelope_interactive_block_actions_modal_large_python_slack_sdk_fixture.json"))!;

        await socket.SendAsync(envelope.ToJsonString(), h.Timeout);

        await socket.WaitForAckAsync(envelope["envelope_id"]!.ToString(), h.Timeout);
        await h.WaitUntilIdleAsync();
        Assert.Equal(["auth.test", "apps.connections.open"], h.Fake.Requests.Select(r => r.Method));
    }

    [SharedFact("protocols/slack")]
    public async Task Sdk_message_channels_envelope_follows_up_in_a_thread_the_bot_answered_in_and_is_ignored_elsewhere()
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);
        var verbatim = Fixture.Text("socket_mode", "envelope_events_api_message_channel_python_slack_sdk_fixture.json");
        var mention = JsonNode.Parse(Fixture.Text("socket_mode", "envelope_events_api_app_mention_python_slack_sdk_fixture.json"))!;
        mention["payload"]!["event"]!["text"] = $"<@{h.Fake.BotUserId}> {SlackHarness.Question}";

        // The same message as app_mention and as message.channels (same channel and ts): one answer.
        await socket.SendAsync(mention.ToJsonString(), h.Timeout);
        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);
        await socket.SendAsync(verbatim.With("\"Ev111\"", "\"Ev112\""), h.Timeout);
        var reply = JsonNode.Parse(verbatim)!;
        reply["envelope_id"] = "reply-envelope";
        reply["payload"]!["event_id"] = "Ev113";
        reply["payload"]!["event"]!["text"] = "When did the US sanction Turkey?";
        reply["payload"]!["event"]!["ts"] = "1610241800.000300";
        reply["payload"]!["event"]!["thread_ts"] = "1610241741.000200";
        await socket.SendAsync(reply.ToJsonString(), h.Timeout);

        await socket.WaitForAckAsync("reply-envelope", h.Timeout);
        await h.WaitUntilIdleAsync();
        var posts = h.Fake.Calls("chat.postMessage");
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal(("C111", "1610241741.000200"), (p["channel"], p["thread_ts"])));
        Assert.Equal(["1610241741.000200", "1610241800.000300"], h.Fake.Calls("reactions.add").Select(r => r["timestamp"]));
    }
}
