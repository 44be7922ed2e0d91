namespace Bot.Slack;

// Configuration section Slack. The bot token is always needed; Socket Mode runs when an
// app-level token is set, the HTTP endpoints are mapped when a signing secret is set (both may be on).
// Validated at start by SlackOptionsValidator; none of these values is ever logged.
internal sealed class SlackOptions
{
    public const string Section = "Slack";

    public const string Ephemeral = "ephemeral";

    public const string InChannel = "in_channel";

    // Bot User OAuth Token (xoxb-…) for the Web API.
    public string? BotToken { get; set; }

    // App-level token (xapp-…, scope connections:write) for Socket Mode.
    public string? AppToken { get; set; }

    // Signing secret that authenticates HTTP requests from Slack.
    public string? SigningSecret { get; set; }

    // Slack user ids allowed to run /ask-admin. Filled from an array or a comma-separated string.
    public IReadOnlyList<string> AdminUserIds { get; set; } = [];

    // Who sees /ask answers: ephemeral (the asker only) or in_channel.
    public string AskResponse { get; set; } = Ephemeral;

    public string ApiBaseUrl { get; set; } = "https://slack.com/api/";

    public bool UsesSocketMode => !string.IsNullOrWhiteSpace(AppToken);

    public bool UsesHttp => !string.IsNullOrWhiteSpace(SigningSecret);

    public bool AskInChannel => AskResponse == InChannel;

    public bool IsAdmin(string? userId) => userId is not null && AdminUserIds.Contains(userId, StringComparer.Ordinal);

    // The Web API base with the trailing slash relative method names need.
    public Uri ApiBaseUri => new(ApiBaseUrl.EndsWith('/') ? ApiBaseUrl : ApiBaseUrl + "/", UriKind.Absolute);
}
