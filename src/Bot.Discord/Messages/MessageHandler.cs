using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Discord.Commands;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Messages;

// MESSAGE_CREATE: a message that mentions the bot, or any DM to it, is a question (or "help",
// "sources", …) answered as a reply to that message. Bots, the bot itself and webhooks are ignored,
// and so is a message answered before (the gateway replays missed events after RESUME, https://discord.com/developers/docs/events/gateway).
internal sealed class MessageHandler(ChatService chat, AnswerPipeline answers, DiscordRestClient rest, AdminPolicy admins, TimeProvider time, ILogger<MessageHandler> logger)
{
    // Message types: 0 DEFAULT, 19 REPLY; the rest are system messages (joins, pins, …).
    private const int DefaultType = 0;
    private const int ReplyType = 19;

    // Only messages for the bot are remembered, not every message in every channel it can read.
    // Replays come with a RESUME, soon after a dropped connection; 15 minutes leaves room.
    private readonly ReplayGuard _answered = new(time, TimeSpan.FromMinutes(15), capacity: ReplayGuard.DefaultCapacity);

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
        if (!direct && !mentioned)
        {
            return null;
        }

        if (!string.IsNullOrEmpty(message.Id) && !_answered.TryBegin(message.Id))
        {
            logger.LogInformation("Discord message {MessageId} arrived again; already answered, not answering twice", message.Id);
            return null;
        }

        var text = botUserId is null ? content.Trim() : MentionText.Strip(content, botUserId);

        // MESSAGE_CREATE's member has roles but no permissions, so here only the configured
        // admin users and roles count.
        var user = new ChatUser("discord", author.Id, admins.IsAdmin(author.Id, null, message.Member?.Roles), author.DisplayName);
        var request = (text.Length == 0 ? new ChatRequest(user, ChatCommand.Help) : ChatCommandParser.Parse(user, text)) with { Channel = message.ChannelId };
        logger.LogInformation("Discord {Kind} from user {UserId}: {Command}", direct ? "DM" : "mention", author.Id, request.Command);
        return answers.Run(
            $"Discord message {message.Id}",
            ct => AnswerAsync(message, request, ct),
            (apology, ct) => ReplyAsync(message, DiscordRenderer.Text(apology), ct));
    }

    private async Task AnswerAsync(GatewayMessage message, ChatRequest request, CancellationToken cancellationToken)
    {
        var reply = await chat.HandleAsync(request, cancellationToken).ConfigureAwait(false);
        await ReplyAsync(message, DiscordRenderer.Render(reply), cancellationToken).ConfigureAwait(false);
    }

    // A reply to the question's message, in its channel (or DM).
    private Task ReplyAsync(GatewayMessage message, MessagePayload payload, CancellationToken cancellationToken) =>
        rest.CreateMessageAsync(
            message.ChannelId,
            payload with { MessageReference = new MessageReference(message.Id, message.ChannelId, message.GuildId, FailIfNotExists: false) },
            cancellationToken);
}
