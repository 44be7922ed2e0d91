using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Slack.Rendering;
using Bot.Slack.WebApi;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Conversations;

// An @mention in a channel (answered in its thread) or a direct message (answered in the DM). An 👀
// reaction marks the question while the bot works. Bots (the bot itself included), edits, joins and
// every other message subtype are ignored, so the bot never answers itself.
internal sealed class MessageHandler(
    SlackIdentity identity, ChatService chat, SlackApiClient api, IOptions<SlackOptions> options, ILogger<MessageHandler> logger)
{
    private const string Working = "eyes";

    // Throws when answering fails; AnswerPipeline logs it and calls ApologiseAsync.
    public async Task HandleAsync(SlackEvent message, CancellationToken cancellationToken)
    {
        if (await identity.WaitAsync(cancellationToken).ConfigureAwait(false) is not { } me)
        {
            return; // the bot token was rejected at start; the adapter has stopped
        }

        if (!IsForTheBot(message, me, out var mention))
        {
            logger.LogDebug("Ignoring {Type}/{Subtype} from {UserId}", message.Type, message.Subtype, message.User);
            return;
        }

        var (channel, ts, userId) = (message.Channel!, message.Ts!, message.User!);
        var question = SlackQuestion.From(message.Text, me.UserId);
        var user = new ChatUser("slack", userId, options.Value.IsAdmin(userId));
        var request = (question.Length == 0 ? new ChatRequest(user, ChatCommand.Help) : ChatCommandParser.Parse(user, question)) with { Channel = channel };

        // A mention is answered in its thread (or the thread it was asked in); a DM stays in the DM.
        var thread = Thread(message, mention);
        var reaction = new ReactionRequest(channel, ts, Working);
        await api.AddReactionAsync(reaction, cancellationToken).ConfigureAwait(false);
        try
        {
            var reply = await chat.HandleAsync(request, cancellationToken).ConfigureAwait(false);
            var rendered = BlockKitRenderer.Render(reply);
            if (reply.IsPrivate && mention)
            {
                await api.PostEphemeralAsync(new PostEphemeralRequest(channel, userId, rendered.Text, rendered.Blocks, thread), cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await api.PostMessageAsync(new PostMessageRequest(channel, rendered.Text, rendered.Blocks, thread), cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await api.RemoveReactionAsync(reaction, cancellationToken).ConfigureAwait(false);
        }
    }

    // app_mention, or a plain message in a DM (message.im: channel_type "im"; https://api.slack.com/apis/events-api), from a person.
    private static bool IsForTheBot(SlackEvent message, BotIdentity me, out bool mention)
    {
        mention = message.Type == "app_mention";
        var direct = message.Type == "message" && message.ChannelType == "im";
        return (mention || direct)
            && message.Subtype is null
            && message.BotId is null
            && message.User is { Length: > 0 } user
            && user != me.UserId
            && message.Channel is { Length: > 0 }
            && message.Ts is { Length: > 0 };
    }

    // The apology goes where the answer would have: the mention's thread, or the DM.
    public async Task ApologiseAsync(SlackEvent message, string apology, CancellationToken cancellationToken)
    {
        // Only where an answer was due: a person's mention or DM, never a message the bot was not asked in.
        var forTheBot = (message.Type == "app_mention" || (message.Type == "message" && message.ChannelType == "im"))
            && message.Subtype is null && message.BotId is null && message.User is { Length: > 0 };
        if (!forTheBot || message.Channel is not { Length: > 0 } channel)
        {
            return;
        }

        var text = BlockKitRenderer.Text(apology);
        var thread = Thread(message, message.Type == "app_mention");
        await api.PostMessageAsync(new PostMessageRequest(channel, text.Text, text.Blocks, thread), cancellationToken).ConfigureAwait(false);
    }

    private static string? Thread(SlackEvent message, bool mention) => mention ? message.ThreadTs ?? message.Ts : message.ThreadTs;
}
