using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Bot.Slack.Wire;

// The outer Events API body (https://api.slack.com/apis/events-api): url_verification with a challenge, or event_callback
// with an event_id (globally unique, used to drop Slack's retries) and the inner event, kept raw
// because each event type has its own shape.
internal sealed record EventCallback(string? Type, string? Challenge, string? EventId, string? TeamId, JsonElement? Event);

// The fields of an app_mention or message event the bot reads. event_ts is not
// validated: the examples published in https://api.slack.com/apis/events-api carry it without a dot.
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
    // Reads an app_mention or message event; other event types are not the bot's business.
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

// A slash command invocation (https://api.slack.com/interactivity/slash-commands): form fields over HTTP, the same fields as a JSON object in a
// Socket Mode slash_commands envelope. TriggerId is unique per invocation, so
// it tells a replayed or redelivered command from a new one.
internal sealed record SlashCommand(
    string? Command,
    string? Text,
    string? UserId,
    string? UserName,
    string? ChannelId,
    string? TeamId,
    string? ResponseUrl,
    string? TriggerId = null)
{
    public const string Admin = "/ask-admin";

    // /ask-admin; every other command name is taken as /ask, so a workspace may rename it.
    public bool IsAdmin => string.Equals(Command, Admin, StringComparison.OrdinalIgnoreCase);

    // Parses the application/x-www-form-urlencoded body Slack posts.
    public static SlashCommand FromForm(string body)
    {
        var form = QueryHelpers.ParseQuery(body);
        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;
        return new SlashCommand(Field("command"), Field("text"), Field("user_id"), Field("user_name"), Field("channel_id"), Field("team_id"), Field("response_url"), Field("trigger_id"));
    }

    // Slack may POST ssl_check=1 to check the certificate; it is acknowledged and nothing else (https://api.slack.com/interactivity/slash-commands).
    public static bool IsSslCheck(string body) =>
        QueryHelpers.ParseQuery(body).TryGetValue("ssl_check", out var value) && value == "1";
}
