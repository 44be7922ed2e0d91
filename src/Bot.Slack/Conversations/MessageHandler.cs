using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Slack.Rendering;
using Bot.Slack.WebApi;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Conversations;

// What the bot answers: an @mention in a channel (answered in its thread), a direct message (answered
// in the DM), and — without a mention — a reply in a channel thread the bot has answered in while
// that conversation is live (ConversationMemory, Conversations:Expiry). Every other channel message
// is ignored, as are replies addressed to other people. An 👀 reaction marks the question while the
// bot works. Bots (the bot itself included), edits, joins and every other message subtype are
// ignored, so the bot never answers itself.
// Conversation keys: "slack:{channel}:{thread}" in channels (the thread's root ts, or the mention's
// own ts, which becomes the thread's root); "slack:{channel}" for a DM, which is one running
// conversation whether or not its messages are threaded.
internal sealed class MessageHandler(
    SlackIdentity identity, ChatService chat, SlackApiClient api, ConversationMemory conversations, IOptions<SlackOptions> options,
    TimeProvider time, ILogger<MessageHandler> logger)
{
    private const string Working = "eyes";

    // A thread reply that mentions the bot arrives twice, as app_mention and as message.channels, with
    // the same channel and ts (https://api.slack.com/events/message.channels): that pair answers once.
    // Both deliveries come within Slack's retry window, which an hour covers, as for event ids.
    private readonly ReplayGuard _messages = new(time, TimeSpan.FromHours(1), ReplayGuard.DefaultCapacity);

    // Whether the message may be for the bot, before its identity is known: SlackInbox drops the rest
    // (most of what message.channels delivers) without queuing anything.
    public bool Wants(SlackEvent message) => Classify(message, botUserId: null) is not null;

    // Throws when answering fails; AnswerPipeline logs it and calls ApologiseAsync.
    public async Task HandleAsync(SlackEvent message, CancellationToken cancellationToken)
    {
        if (await identity.WaitAsync(cancellationToken).ConfigureAwait(false) is not { } me)
        {
            return; // the bot token was rejected at start; the adapter has stopped
        }

        if (Classify(message, me.UserId) is not { } ask)
        {
            logger.LogDebug("Ignoring {Type}/{Subtype} from {UserId}", message.Type, message.Subtype, message.User);
            return;
        }

        if (!_messages.TryBegin(ask.Channel + ":" + message.Ts))
        {
            logger.LogInformation("Message {Ts} in {Channel} arrived again as {Type}; already answered, not answering twice", message.Ts, ask.Channel, message.Type);
            return;
        }

        var (channel, ts, userId) = (ask.Channel, message.Ts!, message.User!);
        var question = SlackQuestion.From(message.Text, me.UserId);
        var user = new ChatUser("slack", userId, options.Value.IsAdmin(userId));
        var request = (question.Length == 0 ? new ChatRequest(user, ChatCommand.Help) : ChatCommandParser.Parse(user, question))
            with { Channel = channel, Conversation = ask.Conversation };

        var reaction = new ReactionRequest(channel, ts, Working);
        await api.AddReactionAsync(reaction, cancellationToken).ConfigureAwait(false);
        try
        {
            var reply = await chat.HandleAsync(request, cancellationToken).ConfigureAwait(false);
            var rendered = BlockKitRenderer.Render(reply);
            if (reply.IsPrivate && ask.InChannel)
            {
                await api.PostEphemeralAsync(new PostEphemeralRequest(channel, userId, rendered.Text, rendered.Blocks, ask.Thread), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await api.PostMessageAsync(new PostMessageRequest(channel, rendered.Text, rendered.Blocks, ask.Thread), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await api.RemoveReactionAsync(reaction, cancellationToken).ConfigureAwait(false);
        }
    }

    // The apology goes where the answer would have: the thread, or the DM; never to a message the bot was not asked in.
    public async Task ApologiseAsync(SlackEvent message, string apology, CancellationToken cancellationToken)
    {
        if (await identity.WaitAsync(cancellationToken).ConfigureAwait(false) is not { } me || Classify(message, me.UserId) is not { } ask)
        {
            return;
        }

        var text = BlockKitRenderer.Text(apology);
        await api.PostMessageAsync(new PostMessageRequest(ask.Channel, text.Text, text.Blocks, ask.Thread), cancellationToken).ConfigureAwait(false);
    }

    // https://api.slack.com/apis/events-api: app_mention; message with channel_type "im" (message.im);
    // message in a channel or private channel (message.channels, message.groups) whose thread_ts is
    // set and differs from its ts — a thread reply (https://api.slack.com/messaging/retrieving#finding_threads).
    // botUserId null: not known yet; the bot's own messages are then recognised by their bot_id only.
    private SlackAsk? Classify(SlackEvent message, string? botUserId)
    {
        if (message.Subtype is not null
            || message.BotId is not null
            || message.User is not { Length: > 0 } user
            || user == botUserId
            || message.Channel is not { Length: > 0 } channel
            || message.Ts is not { Length: > 0 } ts)
        {
            return null;
        }

        if (message.Type == "app_mention")
        {
            var thread = message.ThreadTs ?? ts;
            return new SlackAsk(channel, Key(channel, thread), thread, InChannel: true);
        }

        if (message.Type != "message")
        {
            return null;
        }

        if (message.ChannelType == "im")
        {
            return new SlackAsk(channel, "slack:" + channel, message.ThreadTs, InChannel: false);
        }

        if (message.ThreadTs is { Length: > 0 } root && root != ts
            && conversations.Knows(Key(channel, root))
            && (botUserId is null || !SlackQuestion.MentionsOnlyOthers(message.Text, botUserId)))
        {
            return new SlackAsk(channel, Key(channel, root), root, InChannel: true);
        }

        return null;
    }

    private static string Key(string channel, string thread) => $"slack:{channel}:{thread}";
}
