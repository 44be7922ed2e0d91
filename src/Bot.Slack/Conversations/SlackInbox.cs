using System.Text.Json;
using Bot.Chat.Conversations;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Conversations;

// Where both transports hand over what Slack sent, once they have acknowledged it (or while they
// do): drops repeats of events (by event_id), slash commands and button clicks (by trigger_id) already
// taken, whichever transport brought them, and queues the answer. Never waits for an answer, so the
// acknowledgement always goes out within Slack's 3 s.
internal sealed class SlackInbox(
    MessageHandler messages, SlashCommandHandler commands, FeedbackHandler feedback, AnswerPipeline answers, TimeProvider time, ILogger<SlackInbox> logger)
{
    private const int Capacity = ReplayGuard.DefaultCapacity;

    // Slack retries an event up to 3 times over about 5 minutes (https://api.slack.com/apis/events-api); an hour leaves room.
    private readonly ReplayGuard _events = new(time, TimeSpan.FromHours(1), Capacity);

    // A signed command can be replayed for 5 minutes (https://api.slack.com/authentication/verifying-requests-from-slack), and its response_url takes answers
    // for 30 (https://api.slack.com/interactivity/slash-commands): past that, a repeat could not be answered anyway.
    private readonly ReplayGuard _commands = new(time, TimeSpan.FromMinutes(30), Capacity);

    // A click's trigger_id is unique to it (https://api.slack.com/interactivity/handling); a signed click can be replayed
    // for 5 minutes and its response_url lasts 30, as for commands.
    private readonly ReplayGuard _clicks = new(time, TimeSpan.FromMinutes(30), Capacity);

    public void AcceptEvent(EventCallback callback, int retryAttempt, string? retryReason, string transport)
    {
        if (callback.Type != "event_callback")
        {
            if (callback.Type == "app_rate_limited")
            {
                // Slack: over 30,000 deliveries an hour, events are dropped and this arrives each minute (https://api.slack.com/apis/events-api).
                logger.LogWarning("Slack is rate limiting this app's events (app_rate_limited); some messages will not reach the bot");
            }
            else
            {
                logger.LogDebug("Ignoring Events API body of type {Type}", callback.Type);
            }

            return;
        }

        // message.channels and message.groups deliver every message in the bot's channels: what cannot be
        // for the bot is dropped here, before it takes a place among the event ids or the answers.
        if (SlackEvent.From(callback.Event) is not { } slackEvent || !messages.Wants(slackEvent))
        {
            logger.LogDebug("Ignoring event {EventId}: not a message for the bot", callback.EventId);
            return;
        }

        if (callback.EventId is { Length: > 0 } id && !_events.TryBegin(id))
        {
            logger.LogInformation("Event {EventId} arrived again over {Transport} (retry {Retry}, {Reason}); already handled, not answering twice",
                id, transport, retryAttempt, string.IsNullOrEmpty(retryReason) ? "no reason given" : retryReason);
            return;
        }

        answers.Run("Slack event " + callback.EventId, ct => messages.HandleAsync(slackEvent, ct), (apology, ct) => messages.ApologiseAsync(slackEvent, apology, ct));
    }

    public void AcceptCommand(SlashCommand command, string transport)
    {
        if (command.TriggerId is { Length: > 0 } trigger && !_commands.TryBegin(trigger))
        {
            // Slack sends a slash command once over HTTP, so a repeat there is a replayed request;
            // Socket Mode may redeliver an envelope whose ack it missed.
            logger.Log(transport == "http" ? LogLevel.Warning : LogLevel.Information,
                "Slash command {Command} from {UserId} arrived again over {Transport}; already answered, not answering twice",
                command.Command, command.UserId, transport);
            return;
        }

        logger.LogInformation("Slash command {Command} from {UserId} over {Transport}", command.Command, command.UserId, transport);
        answers.Run("Slack command " + command.Command, ct => commands.HandleAsync(command, ct), (apology, ct) => commands.ApologiseAsync(command, apology, ct));
    }

    public void AcceptInteraction(BlockActions click, string transport)
    {
        if (click.Type != "block_actions")
        {
            logger.LogDebug("Ignoring interaction of type {Type} over {Transport}", click.Type, transport);
            return;
        }

        var id = click.TriggerId is { Length: > 0 } trigger ? trigger : $"{click.User?.Id}:{(click.Actions is [var first, ..] ? first.ActionTs : null)}";
        if (!_clicks.TryBegin(id))
        {
            logger.LogInformation("Button click from {UserId} arrived again over {Transport}; already handled, not recording it twice", click.User?.Id, transport);
            return;
        }

        answers.Run("Slack button click", ct => feedback.HandleAsync(click, ct));
    }

    // Socket Mode delivers the same payloads as HTTP (https://api.slack.com/apis/socket-mode), as JSON.
    public void AcceptEnvelope(string? type, JsonElement? payload, int retryAttempt, string? retryReason)
    {
        try
        {
            switch (type)
            {
                case "events_api" when payload?.Deserialize(SlackJsonContext.Default.EventCallback) is { } callback:
                    AcceptEvent(callback, retryAttempt, retryReason, "socket mode");
                    break;
                case "slash_commands" when payload?.Deserialize(SlackJsonContext.Default.SlashCommand) is { } command:
                    AcceptCommand(command, "socket mode");
                    break;
                case "interactive" when payload?.Deserialize(SlackJsonContext.Default.BlockActions) is { } click:
                    AcceptInteraction(click, "socket mode");
                    break;
                default:
                    logger.LogDebug("Ignoring Socket Mode envelope of type {Type}", type);
                    break;
            }
        }
        catch (JsonException e)
        {
            logger.LogWarning("Unreadable Socket Mode {Type} payload: {Error}", type, e.Message);
        }
    }
}
