using System.Net;
using System.Text;
using Bot.Chat.Questions;
using Bot.Slack.Tests.Fakes;

namespace Bot.Slack.Tests.Feedback;

// 👍/👎 under answers, clicked over HTTP (/slack/interactivity) and Socket Mode: signed, acknowledged
// before anything else, recorded once per person per answer, and the message updated to say so.
public sealed class FeedbackTests
{
    private const string Voter = "U0VOTER";

    // Asks in a DM and returns the posted answer and the answer id its buttons carry.
    private static async Task<(RecordedRequest Post, string AnswerId)> AnswerAsync(SlackHarness h)
    {
        using var dm = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));
        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        return (post, SlackHarness.AnswerId(post) ?? throw new InvalidOperationException("the answer has no feedback buttons"));
    }

    private static string Click(string user, string actionId, string answerId, RecordedRequest? post, string trigger) =>
        Payloads.InteractivityForm(Payloads.BlockActions(user, actionId, answerId, post, trigger));

    [Fact]
    public async Task Answer_posted_in_slack_has_thumbs_up_and_down_buttons_carrying_its_answer_id()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);

        var (post, answerId) = await AnswerAsync(h);

        var actions = post.Json["blocks"]!.AsArray()[^1]!;
        Assert.Equal("actions", actions["type"]!.ToString());
        Assert.Equal(["feedback_up", "feedback_down"], actions["elements"]!.AsArray().Select(e => e!["action_id"]!.ToString()));
        Assert.Equal(["👍", "👎"], actions["elements"]!.AsArray().Select(e => e!["text"]!["text"]!.ToString()));
        Assert.All(actions["elements"]!.AsArray(), e => Assert.Equal(("button", answerId), (e!["type"]!.ToString(), e["value"]!.ToString())));
        Assert.Matches("^[0-9a-f]{24}$", answerId);
    }

    [Fact]
    public async Task With_the_question_log_off_answers_have_no_buttons()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false, settings: new Dictionary<string, string?> { ["Log:Enabled"] = "false" });

        using var dm = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));

        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        Assert.Contains("$2.5 billion", post["text"]);
        Assert.Null(SlackHarness.AnswerId(post));
        Assert.DoesNotContain(post.Json["blocks"]!.AsArray(), b => b!["type"]!.ToString() == "actions");
    }

    [Fact]
    public async Task Http_click_is_acknowledged_before_it_is_processed_then_recorded_and_the_message_updated()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        var (post, answerId) = await AnswerAsync(h);
        var release = new TaskCompletionSource();
        h.Fake.ResponseUrlGate = release.Task;

        using var click = await h.PostInteractionAsync(Click(Voter, "feedback_up", answerId, post, "1111.2222.up"));

        // The 200 is back while the update is still held at the fake: the ack does not wait for the work.
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var update = await h.Fake.WaitForAsync("response_url", h.Timeout);
        release.SetResult();
        var votes = await h.WaitForVotesAsync(answerId, v => v.Count == 1);
        Assert.Equal(Vote.Up, Assert.Single(votes).Vote);
        Assert.Equal(Payloads.ActionResponsePath, update.Path);
        Assert.Equal("true", update["replace_original"]);
        var blocks = update.Json["blocks"]!.AsArray();
        Assert.Equal(post.Json["blocks"]!.AsArray().Count + 1, blocks.Count);
        Assert.Equal(post.BlockText(0), update.BlockText(0)); // the answer stays
        Assert.Equal("actions", blocks[^2]!["type"]!.ToString()); // and the buttons, for others and for changing one's mind
        Assert.Equal($"Thanks <@{Voter}> — 👍 recorded; click 👎 to change it.", blocks[^1]!["elements"]![0]!["text"]!.ToString());
        Assert.Equal(post["text"], update["text"]);
    }

    [Fact]
    public async Task Second_click_changes_the_vote_and_replaces_the_thanks_line()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        var (post, answerId) = await AnswerAsync(h);

        using var up = await h.PostInteractionAsync(Click(Voter, "feedback_up", answerId, post, "1111.2222.up"));
        await h.WaitForVotesAsync(answerId, v => v is [(_, Vote.Up)]);
        // Slack now shows the updated message: that is what the second click carries.
        var shown = await h.Fake.WaitForAsync("response_url", h.Timeout);
        using var down = await h.PostInteractionAsync(Click(Voter, "feedback_down", answerId, shown, "1111.2222.down"));

        var votes = await h.WaitForVotesAsync(answerId, v => v is [(_, Vote.Down)]);
        await h.WaitUntilIdleAsync();
        var second = h.Fake.Calls("response_url")[^1];
        var thanks = second.Json["blocks"]!.AsArray().Where(b => b!["block_id"]?.ToString() == "feedback_thanks").ToList();
        Assert.Equal($"Thanks <@{Voter}> — 👎 recorded; click 👍 to change it.", Assert.Single(thanks)!["elements"]![0]!["text"]!.ToString());
        Assert.Single(votes);
    }

    [Fact]
    public async Task Forged_stale_and_unsigned_clicks_get_401_and_record_nothing()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        var (post, answerId) = await AnswerAsync(h);
        var forgedBody = Click("U0FORGER", "feedback_down", answerId, post, "9999.0001");
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

        using var forged = await h.PostInteractionAsync(forgedBody, signature: SignedSender.Sign("not-the-secret", now, Encoding.UTF8.GetBytes(forgedBody)));
        using var stale = await h.PostInteractionAsync(Click("U0FORGER", "feedback_down", answerId, post, "9999.0002"), timestamp: now - 6 * 60);
        using var unsigned = await h.PostInteractionAsync(Click("U0FORGER", "feedback_down", answerId, post, "9999.0003"), signature: "");
        using var genuine = await h.PostInteractionAsync(Click(Voter, "feedback_up", answerId, post, "1111.2222.up"));

        Assert.All([forged, stale, unsigned], r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, genuine.StatusCode);
        var votes = await h.WaitForVotesAsync(answerId, v => v.Count > 0);
        await h.WaitUntilIdleAsync();
        Assert.Equal(Vote.Up, Assert.Single(votes).Vote);
        Assert.Single(h.Fake.Calls("response_url"));
        Assert.DoesNotContain(h.Fake.Requests, r => r.Body.Contains("U0FORGER", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Replayed_click_is_acknowledged_but_does_not_undo_a_later_vote()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        var (post, answerId) = await AnswerAsync(h);
        var up = Click(Voter, "feedback_up", answerId, post, "1111.2222.up");

        using var first = await h.PostInteractionAsync(up);
        await h.WaitForVotesAsync(answerId, v => v is [(_, Vote.Up)]);
        using var down = await h.PostInteractionAsync(Click(Voter, "feedback_down", answerId, post, "1111.2222.down"));
        await h.WaitForVotesAsync(answerId, v => v is [(_, Vote.Down)]);
        using var replayed = await h.PostInteractionAsync(up);
        await h.WaitUntilIdleAsync();

        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Equal(Vote.Down, Assert.Single(h.LogStore.Votes(answerId)).Vote);
        Assert.Equal(2, h.Fake.Calls("response_url").Count);
        Assert.True(h.Logs.Contains("Button click from U0VOTER arrived again over http"));
    }

    [Fact]
    public async Task Click_on_an_ephemeral_answer_records_the_vote_and_thanks_privately()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        using var command = await h.PostCommandAsync(Payloads.Command("/ask", SlackHarness.Question));
        var answer = await h.Fake.WaitForAsync("response_url", h.Timeout);
        var answerId = SlackHarness.AnswerId(answer)!;

        using var click = await h.PostInteractionAsync(Click(Voter, "feedback_down", answerId, post: null, "1111.3333"));

        await h.WaitForVotesAsync(answerId, v => v is [(_, Vote.Down)]);
        await h.WaitUntilIdleAsync();
        var thanks = h.Fake.Calls("response_url")[^1];
        Assert.Equal(Payloads.ActionResponsePath, thanks.Path);
        Assert.Equal(("false", "ephemeral"), (thanks["replace_original"], thanks["response_type"]));
        Assert.Equal($"Thanks <@{Voter}> — 👎 recorded; click 👍 to change it.", thanks["text"]);
    }

    [Fact]
    public async Task Socket_mode_click_is_acknowledged_first_then_recorded_and_a_second_click_changes_it()
    {
        await using var h = await SlackHarness.StartAsync(http: false);
        var socket = await h.Fake.WaitForSocketAsync(1, h.Timeout);
        await socket.SendAsync(Payloads.MentionEnvelope(h.Fake.BotUserId, SlackHarness.Question), h.Timeout);
        var post = await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        var answerId = SlackHarness.AnswerId(post)!;
        var release = new TaskCompletionSource();
        h.Fake.ResponseUrlGate = release.Task;

        await socket.SendAsync(Payloads.InteractiveEnvelope(Payloads.BlockActions(Voter, "feedback_up", answerId, post, "2222.1"), "env-click-1"), h.Timeout);

        // Acked while the update is still held: the ack does not wait for the vote to be processed.
        await socket.WaitForAckAsync("env-click-1", h.Timeout);
        await h.Fake.WaitForAsync("response_url", h.Timeout);
        release.SetResult();
        await h.WaitForVotesAsync(answerId, v => v is [(_, Vote.Up)]);
        await socket.SendAsync(Payloads.InteractiveEnvelope(Payloads.BlockActions(Voter, "feedback_down", answerId, post, "2222.2"), "env-click-2"), h.Timeout);
        await socket.WaitForAckAsync("env-click-2", h.Timeout);
        var votes = await h.WaitForVotesAsync(answerId, v => v is [(_, Vote.Down)]);
        Assert.Single(votes);
        Assert.Equal("true", h.Fake.Calls("response_url")[0]["replace_original"]);
    }

    [Fact]
    public async Task Click_on_something_else_or_with_an_unknown_answer_id_is_acknowledged_and_ignored()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        var (post, answerId) = await AnswerAsync(h);

        using var other = await h.PostInteractionAsync(Click(Voter, "something_else", answerId, post, "3333.1"));
        using var tooLong = await h.PostInteractionAsync(Click(Voter, "feedback_up", new string('a', 65), post, "3333.2"));
        using var notAPayload = await h.PostInteractionAsync("text=hello");
        await h.WaitUntilIdleAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest), (other.StatusCode, tooLong.StatusCode, notAPayload.StatusCode));
        Assert.Empty(h.Fake.Calls("response_url"));
        Assert.Empty(await h.WaitForVotesAsync(answerId, _ => true));
    }
}
