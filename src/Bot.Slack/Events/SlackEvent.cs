using System.Text.Json;

namespace Bot.Slack.Events;

/// <summary>
/// The fields of an <c>app_mention</c> or <c>message</c> event the bot reads. <c>event_ts</c> is not
/// validated: published examples carry it without a dot (FACTS caveat 1).
/// </summary>
internal sealed record SlackEvent(
    string? Type,
    string? Subtype,
    string? User,
    string? BotId,
    string? Text,
    string? Channel,
    string? ChannelType,
    string? Ts,
    string? ThreadTs)
{
    /// <summary>Reads an <c>app_mention</c> or <c>message</c> event; other event types are not the bot's business.</summary>
    public static SlackEvent? From(JsonElement? element)
    {
        if (element is not { ValueKind: JsonValueKind.Object } e
            || !e.TryGetProperty("type", out var type)
            || type.GetString() is not ("app_mention" or "message"))
        {
            return null;
        }

        try
        {
            return e.Deserialize(SlackJsonContext.Default.SlackEvent);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
