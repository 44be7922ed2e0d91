using System.Text.Json;
using Bot.Slack.Commands;
using Bot.Slack.Events;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Conversations;

/// <summary>
/// Where both transports hand over what Slack sent, once they have acknowledged it (or while they
/// do): drops retries of events already handled, and queues the answer. Never waits for an answer,
/// so the acknowledgement always goes out within Slack's 3 s.
/// </summary>
internal sealed class SlackInbox(EventDeduplicator deduplicator, MessageHandler messages, SlashCommandHandler commands, SlackWork work, ILogger<SlackInbox> logger)
{
    public void AcceptEvent(EventCallback callback, int retryAttempt, string? retryReason, string transport)
    {
        if (callback.Type != "event_callback")
        {
            if (callback.Type == "app_rate_limited")
            {
                // Slack: over 30,000 deliveries an hour, events are dropped and this arrives each minute (FACTS B2).
                logger.LogWarning("Slack is rate limiting this app's events (app_rate_limited); some messages will not reach the bot");
            }
            else
            {
                logger.LogDebug("Ignoring Events API body of type {Type}", callback.Type);
            }

            return;
        }

        if (callback.EventId is { } id && !deduplicator.TryBegin(id))
        {
            logger.LogInformation("Event {EventId} arrived again over {Transport} (retry {Retry}, {Reason}); already handled, not answering twice",
                id, transport, retryAttempt, string.IsNullOrEmpty(retryReason) ? "no reason given" : retryReason);
            return;
        }

        if (SlackEvent.From(callback.Event) is not { } slackEvent)
        {
            logger.LogDebug("Ignoring event {EventId}: not a message for the bot", callback.EventId);
            return;
        }

        work.Run("event " + callback.EventId, ct => messages.HandleAsync(slackEvent, ct));
    }

    public void AcceptCommand(SlashCommand command, string transport)
    {
        logger.LogInformation("Slash command {Command} from {UserId} over {Transport}", command.Command, command.UserId, transport);
        work.Run("command " + command.Command, ct => commands.HandleAsync(command, ct));
    }

    /// <summary>Socket Mode delivers the same payloads as HTTP (FACTS B4), as JSON.</summary>
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
