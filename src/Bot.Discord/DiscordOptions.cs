namespace Bot.Discord;

// Configuration section Discord. Token turns on the gateway (mentions, DMs,
// INTERACTION_CREATE); PublicKey turns on the HTTP interactions endpoint. The id lists
// accept a JSON array or one comma-separated string (handy in environment variables).
internal sealed class DiscordOptions
{
    public const string Section = "Discord";

    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    // The bot token (Developer Portal → Bot), without the "Bot " prefix. Never logged.
    public string? Token { get; set; }

    public string? ApplicationId { get; set; }

    // Hex Ed25519 public key (Developer Portal → General Information), for HTTP interactions.
    public string? PublicKey { get; set; }

    // Register commands in these guilds (instant) instead of globally.
    public string[] GuildIds { get; set; } = [];

    public string[] AdminUserIds { get; set; } = [];

    public string[] AdminRoleIds { get; set; } = [];

    // Slash-command answers visible only to the asker (flag 64).
    public bool EphemeralAnswers { get; set; }

    // Ask for the privileged MESSAGE_CONTENT intent: not needed for mentions and DMs, but without it
    // follow-ups with no mention (ping-off replies, thread messages) arrive with empty content (FACTS A5).
    public bool MessageContentIntent { get; set; }

    // A mention in a guild text channel starts a public thread from the question and is answered
    // there; later messages in that thread are follow-ups, with no mention needed.
    public bool AnswerInThread { get; set; }

    public int? ShardId { get; set; }

    public int? ShardCount { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    // Overrides the URL from GET /gateway/bot (tests, proxies).
    public string? GatewayUrl { get; set; }

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    public bool HasPublicKey => !string.IsNullOrWhiteSpace(PublicKey);
}
