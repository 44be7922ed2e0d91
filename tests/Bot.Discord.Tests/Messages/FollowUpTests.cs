using Bot.Chat.Conversations;
using Bot.Chat.Questions;
using Bot.Discord.Tests.Fakes;
using Bot.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Discord.Tests.Gateway.GatewayHarness;

namespace Bot.Discord.Tests.Messages;

// Follow-ups over the gateway (FACTS A5): a reply to one of the bot's answers, and a message in a
// thread the bot started, are questions in that conversation, answered without a mention.
public sealed class FollowUpTests
{
    private const string Channel = Payloads.ChannelId;
    private const string Question = "1200000000000000101";
    private const string FollowUp = "1200000000000000102";
    private const string FollowUpQuestion = "When did Turkey take delivery of the S-400?";

    // The id the fake gives the bot's answer to Question (the bot links it to the conversation once posted).
    private const string AnswerMessage = "1300000000000000777";

    [Fact]
    public async Task A_reply_to_an_answer_is_answered_without_a_mention_in_the_context_of_the_first_question()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        discord.Respond = AnswerGetsItsId;
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-follow-up", discord.ResumeUrl, cts.Token);

        await AskAndWaitForTheAnswerAsync(connection, discord, host);

        // The ping is off: no mention, yet it is answered, as a reply to the follow-up.
        await connection.SendDispatchAsync("MESSAGE_CREATE", 3, Payloads.Reply(FollowUp, FollowUpQuestion, repliedTo: AnswerMessage));
        var second = await discord.WaitForRequestAsync(r => IsReplyTo(r, FollowUp), "the follow-up's answer");
        Assert.Equal(FollowUpQuestion, (string?)second.Json!["embeds"]![0]!["title"]);
        Assert.Equal(2, Payloads.ButtonIds(second.Json).Count);

        // Asked in context: the conversation holds both turns, and the log ties the second to the first.
        var conversations = host.App.Services.GetRequiredService<ConversationMemory>();
        Assert.Equal([FollowUpQuestion, Payloads.Question], conversations.Recall($"discord:{Channel}:{Question}").Select(t => t.Question));
        var store = host.App.Services.GetRequiredService<QuestionLog>().Store!;
        var logged = await Wait.ForAsync(() => store.Read(DateTimeOffset.MinValue) is { Count: 2 } rows ? rows : null, "both questions in the log");
        var first = logged.Single(q => q.Question == Payloads.Question);
        Assert.Equal(first.Id, logged.Single(q => q.Question == FollowUpQuestion).FollowUpOf);
        Assert.Null(first.FollowUpOf);
    }

    // The conversation is kept in the question log's file: after a restart a reply to the old answer is
    // still a follow-up, read in the context of the question before the restart.
    [Fact]
    public async Task A_reply_to_an_answer_given_before_a_restart_is_still_answered_in_context()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge(); // the same index folder, so the same question log
        await using (var discord = await FakeDiscord.StartAsync())
        {
            discord.Respond = AnswerGetsItsId;
            await using var host = await BotHost.StartAsync(discord, knowledge);
            var connection = await discord.AcceptAsync(cts.Token);
            await HandshakeAsync(connection, "session-before-restart", discord.ResumeUrl, cts.Token);
            await AskAndWaitForTheAnswerAsync(connection, discord, host);
        }

        await using var restarted = await FakeDiscord.StartAsync();
        await using var after = await BotHost.StartAsync(restarted, knowledge);
        var reconnected = await restarted.AcceptAsync(cts.Token);
        await HandshakeAsync(reconnected, "session-after-restart", restarted.ResumeUrl, cts.Token);

        await reconnected.SendDispatchAsync("MESSAGE_CREATE", 2, Payloads.Reply(FollowUp, FollowUpQuestion, repliedTo: AnswerMessage));
        var second = await restarted.WaitForRequestAsync(r => IsReplyTo(r, FollowUp), "the follow-up's answer");

        Assert.Equal(FollowUpQuestion, (string?)second.Json!["embeds"]![0]!["title"]);
        var conversations = after.App.Services.GetRequiredService<ConversationMemory>();
        Assert.Equal([FollowUpQuestion, Payloads.Question], conversations.Recall($"discord:{Channel}:{Question}").Select(t => t.Question));
        var store = after.App.Services.GetRequiredService<QuestionLog>().Store!;
        var logged = await Wait.ForAsync(() => store.Read(DateTimeOffset.MinValue) is { Count: 2 } rows ? rows : null, "both questions in the log");
        Assert.Equal(logged.Single(q => q.Question == Payloads.Question).Id, logged.Single(q => q.Question == FollowUpQuestion).FollowUpOf);
    }

    // A DM channel is one conversation: the next DM is read in the context of the one before.
    [Fact]
    public async Task A_second_direct_message_follows_up_the_first()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-dm-follow-up", discord.ResumeUrl, cts.Token);

        await connection.SendDispatchAsync("MESSAGE_CREATE", 2, Payloads.Message(Question, Payloads.Question, guildId: null, mentionsBot: false));
        await discord.WaitForRequestAsync(r => IsReplyTo(r, Question), "the first answer");
        await host.WaitUntilIdleAsync();
        await connection.SendDispatchAsync("MESSAGE_CREATE", 3, Payloads.Message(FollowUp, FollowUpQuestion, guildId: null, mentionsBot: false));
        await discord.WaitForRequestAsync(r => IsReplyTo(r, FollowUp), "the second answer");

        Assert.Equal([FollowUpQuestion, Payloads.Question], host.App.Services.GetRequiredService<ConversationMemory>().Recall($"discord:dm:{Channel}").Select(t => t.Question));
    }

    // With MESSAGE_CONTENT, a reply to a slash command's answer carries its text (FACTS A5): a follow-up too.
    [Fact]
    public async Task A_reply_to_an_ask_answer_is_a_follow_up_of_that_question()
    {
        const string Edited = "1300000000000000888";
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        discord.Respond = r => r.Method == "PATCH" ? new FakeResponse(200, $$"""{"id":"{{Edited}}","channel_id":"645027906669510667","type":20}""") : null;
        await using var host = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?> { ["Discord:MessageContentIntent"] = "true" });
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-ask-follow-up", discord.ResumeUrl, cts.Token);

        await connection.SendDispatchAsync("INTERACTION_CREATE", 2, Payloads.Command("ask", Payloads.Question));
        var edit = await discord.WaitForRequestAsync(r => r.Method == "PATCH", "the /ask answer");
        Assert.Equal(2, Payloads.ButtonIds(edit.Json!).Count);
        await host.WaitUntilIdleAsync();

        await connection.SendDispatchAsync("MESSAGE_CREATE", 3, Payloads.Reply(FollowUp, FollowUpQuestion, repliedTo: Edited, channelId: "645027906669510667"));
        var second = await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == "/channels/645027906669510667/messages", "the follow-up's answer");
        Assert.Equal(FollowUp, (string?)second.Json!["message_reference"]!["message_id"]);
        Assert.Equal(2, host.App.Services.GetRequiredService<ConversationMemory>().Recall($"discord:645027906669510667:{Payloads.InteractionId}").Count);
    }

    [Fact]
    public async Task A_reply_to_a_message_that_is_not_an_answer_or_an_empty_reply_is_ignored()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        discord.Respond = AnswerGetsItsId;
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-not-follow-up", discord.ResumeUrl, cts.Token);

        await AskAndWaitForTheAnswerAsync(connection, discord, host);

        // A reply to someone else's message (here the question itself), and a reply to the answer
        // whose content Discord left empty (no MESSAGE_CONTENT intent, ping off).
        await connection.SendDispatchAsync("MESSAGE_CREATE", 3, Payloads.Reply("1200000000000000103", FollowUpQuestion, repliedTo: Question));
        await connection.SendDispatchAsync("MESSAGE_CREATE", 4, Payloads.Reply("1200000000000000104", "", repliedTo: AnswerMessage));
        await connection.SendDispatchAsync("MESSAGE_CREATE", 5, Payloads.Reply("1200000000000000105", "", repliedTo: AnswerMessage));

        // A later mention is the positive signal that the three before it were read.
        await connection.SendDispatchAsync("MESSAGE_CREATE", 6, Payloads.Message("1200000000000000106", $"<@{FakeDiscord.BotUserId}> help"));
        await discord.WaitForRequestAsync(r => IsReplyTo(r, "1200000000000000106"), "the help reply");
        await host.WaitUntilIdleAsync();

        var replies = discord.Requests.Where(r => r.Method == "POST" && r.Path.StartsWith("/channels/", StringComparison.Ordinal)).Select(r => (string?)r.Json!["message_reference"]!["message_id"]);
        Assert.Equal([Question, "1200000000000000106"], replies.Order());
        Assert.Single(host.Logs.Entries, e => e.Message.Contains("arrived without content", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_answer_in_thread_a_mention_starts_a_thread_and_later_thread_messages_are_follow_ups()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?> { ["Discord:AnswerInThread"] = "true" });
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-thread", discord.ResumeUrl, cts.Token);

        await connection.SendDispatchAsync("MESSAGE_CREATE", 2, Payloads.InChannel(Question, $"<@{FakeDiscord.BotUserId}> {Payloads.Question}", Channel, channelType: 0, mentionsBot: true));

        var start = await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{Channel}/messages/{Question}/threads", "the thread start");
        Assert.Equal(Payloads.Question, (string?)start.Json!["name"]);
        Assert.Equal($"Bot {FakeDiscord.Token}", start.Header("Authorization"));
        var answer = await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{Question}/messages", "the answer in the thread");
        Assert.True(answer.At >= start.At);
        Assert.Contains("$2.5 billion", Payloads.AllText(answer.Json!), StringComparison.Ordinal);
        Payloads.AssertMentionsSuppressed(answer.Json!);

        // In the thread (its id is the question's), no mention: a follow-up, answered as a reply there.
        await host.WaitUntilIdleAsync();
        await connection.SendDispatchAsync("MESSAGE_CREATE", 3, Payloads.InChannel(FollowUp, FollowUpQuestion, Question, channelType: 11));
        var second = await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{Question}/messages" && (string?)r.Json!["message_reference"]?["message_id"] == FollowUp, "the follow-up's answer");
        Assert.Equal(FollowUpQuestion, (string?)second.Json!["embeds"]![0]!["title"]);
        Assert.Equal(2, host.App.Services.GetRequiredService<ConversationMemory>().Recall($"discord:thread:{Question}").Count);

        // A thread the bot did not start: ignored without a mention; with one, answered there, and no thread inside a thread.
        const string OtherThread = "1200000000000000200";
        await connection.SendDispatchAsync("MESSAGE_CREATE", 4, Payloads.InChannel("1200000000000000201", FollowUpQuestion, OtherThread, channelType: 11));
        await connection.SendDispatchAsync("MESSAGE_CREATE", 5, Payloads.InChannel("1200000000000000202", $"<@{FakeDiscord.BotUserId}> {FollowUpQuestion}", OtherThread, channelType: 11, mentionsBot: true));
        await discord.WaitForRequestAsync(r => r.Method == "POST" && r.Path == $"/channels/{OtherThread}/messages", "the answer to the mention in the other thread");
        await host.WaitUntilIdleAsync();
        var other = discord.Requests.Where(r => r.Path.StartsWith($"/channels/{OtherThread}/", StringComparison.Ordinal)).ToList();
        Assert.Equal("1200000000000000202", (string?)Assert.Single(other).Json!["message_reference"]!["message_id"]);
        Assert.Single(discord.Requests, r => r.Path.EndsWith("/threads", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_answer_in_thread_a_mention_is_answered_in_the_channel_and_no_thread_is_started()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await BotHost.StartAsync(discord, knowledge);
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-no-thread", discord.ResumeUrl, cts.Token);

        await connection.SendDispatchAsync("MESSAGE_CREATE", 2, Payloads.InChannel(Question, $"<@{FakeDiscord.BotUserId}> {Payloads.Question}", Channel, channelType: 0, mentionsBot: true));
        await discord.WaitForRequestAsync(r => IsReplyTo(r, Question), "the answer in the channel");

        // A thread whose id happens to be the question's is not the bot's: nothing there is a follow-up.
        await connection.SendDispatchAsync("MESSAGE_CREATE", 3, Payloads.InChannel(FollowUp, FollowUpQuestion, Question, channelType: 11));
        await host.WaitUntilIdleAsync();

        Assert.DoesNotContain(discord.Requests, r => r.Path.EndsWith("/threads", StringComparison.Ordinal));
        Assert.DoesNotContain(discord.Requests, r => r.Path.StartsWith($"/channels/{Question}/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_discord_refuses_the_thread_the_question_is_answered_in_the_channel()
    {
        using var cts = Wait.Timeout();
        using var knowledge = new SeededKnowledge();
        await using var discord = await FakeDiscord.StartAsync();
        discord.Respond = r => r.Path.EndsWith("/threads", StringComparison.Ordinal) ? new FakeResponse(403, """{"message": "Missing Permissions", "code": 50013}""") : null;
        await using var host = await BotHost.StartAsync(discord, knowledge, new Dictionary<string, string?> { ["Discord:AnswerInThread"] = "true" });
        var connection = await discord.AcceptAsync(cts.Token);
        await HandshakeAsync(connection, "session-thread-refused", discord.ResumeUrl, cts.Token);

        await connection.SendDispatchAsync("MESSAGE_CREATE", 2, Payloads.Message(Question, $"<@{FakeDiscord.BotUserId}> {Payloads.Question}"));

        var answer = await discord.WaitForRequestAsync(r => IsReplyTo(r, Question), "the answer in the channel");
        Assert.Contains("$2.5 billion", Payloads.AllText(answer.Json!), StringComparison.Ordinal);
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("Could not start a thread", StringComparison.Ordinal));
    }

    // The question is asked with a mention and answered; once the bot is idle its answer is linked to the conversation.
    private static async Task AskAndWaitForTheAnswerAsync(FakeGatewayConnection connection, FakeDiscord discord, BotHost host)
    {
        await connection.SendDispatchAsync("MESSAGE_CREATE", 2, Payloads.Message(Question, $"<@{FakeDiscord.BotUserId}> {Payloads.Question}"));
        await discord.WaitForRequestAsync(r => IsReplyTo(r, Question), "the answer");
        await host.WaitUntilIdleAsync();
    }

    private static FakeResponse? AnswerGetsItsId(RecordedRequest request) =>
        IsReplyTo(request, Question) ? new FakeResponse(200, $$"""{"id":"{{AnswerMessage}}","channel_id":"{{Channel}}","type":19}""") : null;

    private static bool IsReplyTo(RecordedRequest request, string messageId) =>
        request.Method == "POST" && request.Path == $"/channels/{Channel}/messages" && (string?)request.Json!["message_reference"]?["message_id"] == messageId;
}
