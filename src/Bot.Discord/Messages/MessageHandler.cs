using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Chat.Rendering;
using Bot.Chat.Replies;
using Bot.Discord.Commands;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Discord.Wire;
using Bot.Knowledge.Answers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Messages;

// MESSAGE_CREATE: a message that mentions the bot, any DM to it, a reply to one of its answers, or a
// message in a thread it started for a question is a question (or "help", "sources", …), answered
// as a reply to that message. The last two are follow-ups: read in the context of their
// conversation (ConversationKeys), with no mention needed. Bots, the bot itself and webhooks are
// ignored, and so is a message answered before (the gateway replays missed events after RESUME,
// https://discord.com/developers/docs/events/gateway).
internal sealed class MessageHandler(
    ChatService chat,
    AnswerPipeline answers,
    DiscordRestClient rest,
    AdminPolicy admins,
    ConversationMemory conversations,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<MessageHandler> logger)
{
    // Message types: 0 DEFAULT, 19 REPLY; the rest are system messages (joins, pins, …).
    private const int DefaultType = 0;
    private const int ReplyType = 19;

    // Only messages for the bot are remembered, not every message in every channel it can read.
    // Replays come with a RESUME, soon after a dropped connection; 15 minutes leaves room.
    private readonly ReplayGuard _answered = new(time, TimeSpan.FromMinutes(15), capacity: ReplayGuard.DefaultCapacity);
    private int _emptyFollowUpLogged;

    // Queues the answer in the shared AnswerPipeline when the message is for the bot,
    // and returns its task (which never faults); null when the message is not for the bot.
    public Task? Accept(GatewayMessage message, string? botUserId)
    {
        if (message.Author is not { } author || author.Bot == true || message.WebhookId is not null || author.Id == botUserId
            || message.Type is not (DefaultType or ReplyType))
        {
            return null;
        }

        var content = message.Content ?? "";
        var direct = message.GuildId is null;
        var mentioned = botUserId is not null && (message.Mentions?.Any(u => u.Id == botUserId) == true || MentionText.Mentions(content, botUserId));
        var followUp = FollowUpOf(message);
        if (!direct && !mentioned && followUp is null)
        {
            return null;
        }

        var text = botUserId is null ? content.Trim() : MentionText.Strip(content, botUserId);
        if (followUp is not null && !mentioned && !direct && text.Length == 0)
        {
            // Without the privileged MESSAGE_CONTENT intent, a reply with the ping off and a thread
            // message without a mention arrive with empty content (FACTS A5): nothing to answer.
            if (Interlocked.Exchange(ref _emptyFollowUpLogged, 1) == 0)
            {
                logger.LogDebug("Discord follow-up {MessageId} arrived without content; ignored. Enable the Message Content intent and Discord:MessageContentIntent to answer replies and thread messages without a mention", message.Id);
            }

            return null;
        }

        if (!string.IsNullOrEmpty(message.Id) && !_answered.TryBegin(message.Id))
        {
            logger.LogInformation("Discord message {MessageId} arrived again; already answered, not answering twice", message.Id);
            return null;
        }

        // MESSAGE_CREATE's member has roles but no permissions, so here only the configured
        // admin users and roles count.
        var user = new ChatUser("discord", author.Id, admins.IsAdmin(author.Id, null, message.Member?.Roles), author.DisplayName);
        var request = text.Length == 0 ? new ChatRequest(user, ChatCommand.Help) : ChatCommandParser.Parse(user, text);
        var inNewThread = followUp is null && !direct && request.Command == ChatCommand.Ask
            && options.Value.AnswerInThread && !ChannelType.IsThread(message.ChannelType);
        var conversation = followUp
            ?? (direct ? ConversationKeys.Direct(message.ChannelId)
                : inNewThread ? ConversationKeys.Thread(message.Id)
                : ConversationKeys.Mention(message.ChannelId, message.Id));
        request = request with { Channel = message.ChannelId, Conversation = conversation };
        logger.LogInformation("Discord {Kind} from user {UserId}: {Command}", followUp is not null ? "follow-up" : direct ? "DM" : "mention", author.Id, request.Command);
        return answers.Run(
            $"Discord message {message.Id}",
            ct => AnswerAsync(message, request, inNewThread, ct),
            async (apology, ct) => await ReplyAsync(message, DiscordRenderer.Text(apology), ct).ConfigureAwait(false));
    }

    // The conversation a message continues: a reply to one of the bot's (live) answers, or a message
    // in a thread the bot started and answered in. Null for anything else.
    private string? FollowUpOf(GatewayMessage message)
    {
        if (message.Type == ReplyType && message.MessageReference?.MessageId is { Length: > 0 } replied && conversations.Find(replied) is { } conversation)
        {
            return conversation;
        }

        var thread = ConversationKeys.Thread(message.ChannelId);
        return message.GuildId is not null && conversations.Knows(thread) ? thread : null;
    }

    private async Task AnswerAsync(GatewayMessage message, ChatRequest request, bool inNewThread, CancellationToken cancellationToken)
    {
        var reply = await chat.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        var payload = DiscordRenderer.Render(reply);
        var thread = inNewThread && reply is AnswerReply { Answer.Status: AnswerStatus.Answered or AnswerStatus.NotCovered } ? await StartThreadAsync(message, request.Text, cancellationToken).ConfigureAwait(false) : null;
        var posted = thread is not null
            ? await rest.CreateMessageAsync(thread, payload, cancellationToken).ConfigureAwait(false)
            : await ReplyAsync(message, payload, cancellationToken).ConfigureAwait(false);
        if (posted is not null && request.Conversation is { } conversation)
        {
            // Does nothing unless the question was searched (ChatService remembered the turn).
            conversations.Link(posted, conversation);
        }
    }

    // A public thread from the question's message, named after the question; null (answer in the
    // channel instead) when Discord refuses, e.g. without the Create Public Threads permission.
    private async Task<string?> StartThreadAsync(GatewayMessage message, string question, CancellationToken cancellationToken)
    {
        var name = TextCut.AtWord(string.Join(' ', question.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), DiscordLimits.ThreadName);
        try
        {
            var thread = await rest.StartThreadFromMessageAsync(message.ChannelId, message.Id, new StartThreadRequest(name.Length > 0 ? name : "Question"), cancellationToken).ConfigureAwait(false);
            return string.IsNullOrEmpty(thread.Id) ? message.Id : thread.Id;
        }
        catch (Exception e) when (e is DiscordApiException or System.Text.Json.JsonException)
        {
            logger.LogWarning("Could not start a thread for Discord message {MessageId} ({Error}); answering in the channel", message.Id, e.Message);
            return null;
        }
    }

    // A reply to the question's message, in its channel (or DM). Returns the posted message's id.
    private Task<string?> ReplyAsync(GatewayMessage message, MessagePayload payload, CancellationToken cancellationToken) =>
        rest.CreateMessageAsync(
            message.ChannelId,
            payload with { MessageReference = new MessageReference(message.Id, message.ChannelId, message.GuildId, FailIfNotExists: false) },
            cancellationToken);
}
