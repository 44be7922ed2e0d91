using Microsoft.AspNetCore.WebUtilities;

namespace Bot.Slack.Commands;

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
