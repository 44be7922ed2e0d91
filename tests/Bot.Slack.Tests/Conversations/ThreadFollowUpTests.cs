using System.Net;
using Bot.Chat.Conversations;
using Bot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Slack.Tests.Conversations;

// Follow-ups: a reply in a thread the bot answered in is answered without a mention, in that thread,
// with the conversation's context; any other channel message is left alone.
public sealed class ThreadFollowUpTests
{
    private const string Channel = "C123ABC456";
    private const string Root = "1515449522.000016"; // the mention's ts in Payloads.AppMention
    private const string FollowUp = "When did the US sanction Turkey?";

    private static Task<HttpResponseMessage> ReplyAsync(SlackHarness h, string ts, string text, string eventId, string? root = Root, long? timestamp = null) =>
        h.PostEventAsync(Payloads.ChannelMessage(Channel, ts, root, text, eventId), timestamp);

    [Fact]
    public async Task Reply_in_a_thread_the_bot_answered_in_is_answered_there_without_a_mention()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        using var mention = await h.PostEventAsync(Payloads.AppMention(h.Fake.BotUserId, SlackHarness.Question));
        await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);

        using var reply = await ReplyAsync(h, "1515449600.000100", FollowUp, "Ev0FOLLOW1");
        using var retried = await h.PostEventAsync(Payloads.ChannelMessage(Channel, "1515449600.000100", Root, FollowUp, "Ev0FOLLOW1"),
            headers: new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });

        await h.WaitUntilIdleAsync();
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (reply.StatusCode, retried.StatusCode));
        Assert.Equal(2, h.Fake.Calls("chat.postMessage").Count); // the mention's answer and the follow-up's, the retry answered no more
        Assert.All(h.Fake.Calls("chat.postMessage"), p => Assert.Equal((Channel, Root), (p["channel"], p["thread_ts"])));
        Assert.Contains(h.Fake.Calls("reactions.add"), r => r["timestamp"] == "1515449600.000100");
        var turns = h.Services.GetRequiredService<ConversationMemory>().Recall($"slack:{Channel}:{Root}");
        Assert.Equal([FollowUp, SlackHarness.Question], turns.Select(t => t.Question));
    }

    // The conversation is kept in the question log's file: after a restart a reply in the thread still
    // needs no mention, and is read in the thread's context.
    [Fact]
    public async Task Reply_in_a_thread_answered_before_a_restart_is_still_answered_without_a_mention()
    {
        using var folder = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Log:Path"] = folder.File("questions.sqlite") };
        await using (var before = await SlackHarness.StartAsync(socketMode: false, settings: settings))
        {
            using var mention = await before.PostEventAsync(Payloads.AppMention(before.Fake.BotUserId, SlackHarness.Question));
            await before.Fake.WaitForAsync("reactions.remove", before.Timeout);
            await before.WaitUntilIdleAsync();
        }

        await using var h = await SlackHarness.StartAsync(socketMode: false, settings: settings);
        using var reply = await ReplyAsync(h, "1515449600.000100", FollowUp, "Ev0RESTART1");
        await h.Fake.WaitForAsync("chat.postMessage", h.Timeout);
        await h.WaitUntilIdleAsync();

        Assert.Equal(HttpStatusCode.OK, reply.StatusCode);
        var answer = Assert.Single(h.Fake.Calls("chat.postMessage"));
        Assert.Equal((Channel, Root), (answer["channel"], answer["thread_ts"]));
        var turns = h.Services.GetRequiredService<ConversationMemory>().Recall($"slack:{Channel}:{Root}");
        Assert.Equal([FollowUp, SlackHarness.Question], turns.Select(t => t.Question));
    }

    [Fact]
    public async Task Channel_messages_outside_the_bots_threads_and_replies_to_other_people_are_ignored()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        using var mention = await h.PostEventAsync(Payloads.AppMention(h.Fake.BotUserId, SlackHarness.Question));
        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);

        // A thread the bot never answered in, a top-level message, a thread's root message itself, a reply
        // addressed to someone else, and the bot's own answer as message.channels delivers it.
        using var otherThread = await ReplyAsync(h, "1515449700.000001", FollowUp, "Ev0IGN1", root: "1515440000.000001");
        using var topLevel = await ReplyAsync(h, "1515449700.000002", FollowUp, "Ev0IGN2", root: null);
        using var rootItself = await ReplyAsync(h, Root, FollowUp, "Ev0IGN3", root: Root);
        using var toSomeoneElse = await ReplyAsync(h, "1515449700.000004", "<@U0COLLEAGUE> " + FollowUp, "Ev0IGN4");
        using var ownAnswer = await h.PostEventAsync(Payloads.WithEvent(
            Payloads.ChannelMessage(Channel, "1515449700.000005", Root, FollowUp, "Ev0IGN5"),
            new Dictionary<string, string?> { ["user"] = h.Fake.BotUserId, ["bot_id"] = "B0ASKBOT", ["subtype"] = "bot_message" }));
        await h.WaitUntilIdleAsync();

        Assert.All([otherThread, topLevel, rootItself, toSomeoneElse, ownAnswer], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(h.Fake.Calls("chat.postMessage"));
        Assert.DoesNotContain(h.Fake.Requests, r => r.Body.Contains("1515449700", StringComparison.Ordinal) || r.Body.Contains("1515440000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reply_after_the_conversation_expired_is_ignored_and_one_before_it_is_answered()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var h = await SlackHarness.StartAsync(socketMode: false, time: clock);
        long Now() => clock.GetUtcNow().ToUnixTimeSeconds();
        using var mention = await h.PostEventAsync(Payloads.AppMention(h.Fake.BotUserId, SlackHarness.Question), Now());
        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);

        // Expiry (24 h by default) counts from the last turn: 23 h later the thread is live, and the
        // reply renews it; 24 h after that reply it is over.
        clock.Advance(TimeSpan.FromHours(23));
        using var live = await ReplyAsync(h, "1515449600.000100", FollowUp, "Ev0LIVE", timestamp: Now());
        await h.WaitUntilIdleAsync();
        clock.Advance(TimeSpan.FromHours(24));
        using var expired = await ReplyAsync(h, "1515449700.000200", FollowUp, "Ev0EXPIRED", timestamp: Now());
        await h.WaitUntilIdleAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (live.StatusCode, expired.StatusCode));
        Assert.Equal(2, h.Fake.Calls("chat.postMessage").Count);
        Assert.DoesNotContain(h.Fake.Requests, r => r.Body.Contains("1515449700.000200", StringComparison.Ordinal));
        Assert.False(h.Services.GetRequiredService<ConversationMemory>().Knows($"slack:{Channel}:{Root}"));
    }

    [Fact]
    public async Task Thread_reply_that_mentions_the_bot_arrives_twice_and_is_answered_once()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        using var mention = await h.PostEventAsync(Payloads.AppMention(h.Fake.BotUserId, SlackHarness.Question));
        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);
        const string ts = "1515449800.000300";
        var text = $"<@{h.Fake.BotUserId}> {FollowUp}";

        // Slack sends it as message.channels and as app_mention, with different event ids.
        using var asMessage = await ReplyAsync(h, ts, text, "Ev0TWICE1");
        using var asMention = await h.PostEventAsync(Payloads.WithEvent(Payloads.AppMention(h.Fake.BotUserId, FollowUp),
            new Dictionary<string, string?> { ["ts"] = ts, ["event_ts"] = ts, ["thread_ts"] = Root }, eventId: "Ev0TWICE2"));
        await h.WaitUntilIdleAsync();

        Assert.Equal(2, h.Fake.Calls("chat.postMessage").Count);
        Assert.Single(h.Fake.Calls("reactions.add"), r => r["timestamp"] == ts);
        Assert.True(h.Logs.Contains($"Message {ts} in {Channel} arrived again"));
    }

    [Fact]
    public async Task Private_channel_thread_replies_follow_up_too_and_a_dm_is_one_conversation()
    {
        await using var h = await SlackHarness.StartAsync(socketMode: false);
        using var mention = await h.PostEventAsync(Payloads.WithEvent(Payloads.AppMention(h.Fake.BotUserId, SlackHarness.Question),
            new Dictionary<string, string?> { ["channel"] = "G0PRIVATE" }));
        await h.Fake.WaitForAsync("reactions.remove", h.Timeout);

        using var reply = await h.PostEventAsync(Payloads.ChannelMessage("G0PRIVATE", "1515449600.000100", Root, FollowUp, "Ev0GROUP", channelType: "group"));
        using var dm1 = await h.PostEventAsync(Payloads.DirectMessage(SlackHarness.Question));
        using var dm2 = await h.PostEventAsync(Payloads.WithEvent(Payloads.DirectMessage(FollowUp),
            new Dictionary<string, string?> { ["ts"] = "1355517600.000001" }, eventId: "Ev0DM2"));
        await h.WaitUntilIdleAsync();

        var inGroup = h.Fake.Calls("chat.postMessage").Where(p => p["channel"] == "G0PRIVATE").ToList();
        Assert.Equal(2, inGroup.Count);
        Assert.All(inGroup, p => Assert.Equal(Root, p["thread_ts"]));
        var memory = h.Services.GetRequiredService<ConversationMemory>();
        Assert.Equal(2, memory.Recall("slack:G0PRIVATE:" + Root).Count);
        Assert.Equal(2, memory.Recall("slack:D024BE91L").Count);
    }
}
