using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Bot.Slack.Wire;

/// <summary>
/// The outer Events API body (FACTS B2): <c>url_verification</c> with a challenge, or <c>event_callback</c>
/// with an <c>event_id</c> (globally unique, used to drop Slack's retries) and the inner event, kept raw
/// because each event type has its own shape.
/// </summary>
internal sealed record EventCallback(string? Type, string? Challenge, string? EventId, string? TeamId, JsonElement? Event);

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

/// <summary>
/// A slash command invocation (FACTS B3): form fields over HTTP, the same fields as a JSON object in a
/// Socket Mode <c>slash_commands</c> envelope. <see cref="TriggerId"/> is unique per invocation, so
/// it tells a replayed or redelivered command from a new one.
/// </summary>
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

    /// <summary><c>/ask-admin</c>; every other command name is taken as <c>/ask</c>, so a workspace may rename it.</summary>
    public bool IsAdmin => string.Equals(Command, Admin, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses the <c>application/x-www-form-urlencoded</c> body Slack posts.</summary>
    public static SlashCommand FromForm(string body)
    {
        var form = QueryHelpers.ParseQuery(body);
        string? Field(string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;
        return new SlashCommand(Field("command"), Field("text"), Field("user_id"), Field("user_name"), Field("channel_id"), Field("team_id"), Field("response_url"), Field("trigger_id"));
    }

    /// <summary>Slack may POST <c>ssl_check=1</c> to check the certificate; it is acknowledged and nothing else (FACTS B3).</summary>
    public static bool IsSslCheck(string body) =>
        QueryHelpers.ParseQuery(body).TryGetValue("ssl_check", out var value) && value == "1";
}
