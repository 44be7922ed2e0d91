namespace Bot.Slack;

/// <summary>
/// Configuration section <c>Slack</c>. The bot token is always needed; Socket Mode runs when an
/// app-level token is set, the HTTP endpoints are mapped when a signing secret is set (both may be on).
/// Validated at start by <see cref="SlackOptionsValidator"/>; none of these values is ever logged.
/// </summary>
internal sealed class SlackOptions
{
    public const string Section = "Slack";

    public const string Ephemeral = "ephemeral";

    public const string InChannel = "in_channel";

    /// <summary>Bot User OAuth Token (<c>xoxb-…</c>) for the Web API.</summary>
    public string? BotToken { get; set; }

    /// <summary>App-level token (<c>xapp-…</c>, scope <c>connections:write</c>) for Socket Mode.</summary>
    public string? AppToken { get; set; }

    /// <summary>Signing secret that authenticates HTTP requests from Slack.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Slack user ids allowed to run <c>/ask-admin</c>. Filled from an array or a comma-separated string.</summary>
    public IReadOnlyList<string> AdminUserIds { get; set; } = [];

    /// <summary>Who sees <c>/ask</c> answers: <c>ephemeral</c> (the asker only) or <c>in_channel</c>.</summary>
    public string AskResponse { get; set; } = Ephemeral;

    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    public bool UsesSocketMode => !string.IsNullOrWhiteSpace(AppToken);

    public bool UsesHttp => !string.IsNullOrWhiteSpace(SigningSecret);

    public bool AskInChannel => AskResponse == InChannel;

    public bool IsAdmin(string? userId) => userId is not null && AdminUserIds.Contains(userId, StringComparer.Ordinal);

    /// <summary>The Web API base with the trailing slash relative method names need.</summary>
    public Uri ApiBaseUri => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/", UriKind.Absolute);
}
