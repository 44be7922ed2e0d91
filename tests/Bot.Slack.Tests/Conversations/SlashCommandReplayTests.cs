using System.Net;
using System.Text.Json.Nodes;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Conversations;

// A slash command answered once per invocation (its trigger_id), however often it arrives: a signed
// request replayed inside the 5-minute window, or a Socket Mode redelivery in a new envelope.
public sealed class SlashCommandReplayTests
{
    [Fact]
    public async Task The_same_signed_ask_posted_twice_is_answered_once_and_a_new_invocation_still_is()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        var form = Payloads.Command("/ask", SlackHarness.Question);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        // The same bytes with the same timestamp, so the same signature: a captured request sent again.
        using var first = await h.PostCommandAsync(form, timestamp: now);
        using var replay = await h.PostCommandAsync(form, timestamp: now);

        // Slack expects its 200 either way; the replay is refused before any work is queued.
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, replay.StatusCode));
        Assert.Equal("", await replay.Content.ReadAsStringAsync(h.Timeout));
        Assert.True(h.Logs.Contains($"Slash command /ask from {Payloads.CommandUserId} arrived again over http"));
        await h.Fake.WaitForAsync("response_url", h.Timeout);

        // The user typing the same question again is a new invocation, with its own trigger_id: answered.
        using var again = await h.PostCommandAsync(Payloads.Command("/ask", SlackHarness.Question, triggerId: "398738663016.47445629121.0c5e1f7a9d2b4e6f8a0b1c2d3e4f5a6b"));
        while (h.Fake.Calls("response_url").Count < 2)
        {
            await Task.Delay(20, h.Timeout);
        }

        await h.WaitUntilIdleAsync(); // a third answer, if any, has been sent by now
        Assert.Equal(2, h.Fake.Calls("response_url").Count);
        Assert.All(h.Fake.Calls("response_url"), r => Assert.Contains("$2.5 billion", r.AllText));
    }

    [Fact]
    public async Task A_slash_command_redelivered_in_a_new_envelope_is_acknowledged_both_times_and_answered_once()
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);
        var original = Payloads.CommandEnvelope(SlackHarness.Question);
        var redelivered = Payloads.CommandEnvelope(SlackHarness.Question, envelopeId: "redelivered-envelope-1");
        Assert.Equal(JsonNode.Parse(original)!["payload"]!.ToJsonString(), JsonNode.Parse(redelivered)!["payload"]!.ToJsonString());

        await socket.SendAsync(original, h.Timeout);
        await socket.SendAsync(redelivered, h.Timeout);

        await socket.WaitForAckAsync("1d3c79ab-0ffb-41f3-a080-d19e85f53649", h.Timeout);
        await socket.WaitForAckAsync("redelivered-envelope-1", h.Timeout);
        await h.Fake.WaitForAsync("response_url", h.Timeout);
        while (!h.Logs.Contains("Slash command /hello-socket-mode from U111 arrived again over socket mode"))
        {
            await Task.Delay(20, h.Timeout);
        }

        await h.WaitUntilIdleAsync();
        Assert.Single(h.Fake.Calls("response_url"));
        Assert.Equal((1, 1), (socket.AcksFor("1d3c79ab-0ffb-41f3-a080-d19e85f53649"), socket.AcksFor("redelivered-envelope-1")));
    }

    [Fact]
    public async Task A_slash_command_answered_over_socket_mode_is_not_answered_again_over_http()
    {
        await using var h = await SlackHarness.StartAsync();
        var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);
        await socket.SendAsync(Payloads.CommandEnvelope(SlackHarness.Question), h.Timeout);
        await h.Fake.WaitForAsync("response_url", h.Timeout);

        using var overHttp = await h.PostCommandAsync(Payloads.Command("/ask", SlackHarness.Question, triggerId: Payloads.EnvelopeTriggerId));

        Assert.Equal(HttpStatusCode.OK, overHttp.StatusCode);
        Assert.True(h.Logs.Contains($"Slash command /ask from {Payloads.CommandUserId} arrived again over http"));
        await h.WaitUntilIdleAsync();
        Assert.Single(h.Fake.Calls("response_url"));
    }
}
