namespace Bot.Discord;

/// <summary>
/// Configuration section <c>Discord</c>. <see cref="Token"/> turns on the gateway (mentions, DMs,
/// INTERACTION_CREATE); <see cref="PublicKey"/> turns on the HTTP interactions endpoint. The id lists
/// accept a JSON array or one comma-separated string (handy in environment variables).
/// </summary>
internal sealed class DiscordOptions
{
    public const string Section = "Discord";

    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token (Developer Portal → Bot), without the "Bot " prefix. Never logged.</summary>
    public string? Token { get; set; }

    public string? ApplicationId { get; set; }

    /// <summary>Hex Ed25519 public key (Developer Portal → General Information), for HTTP interactions.</summary>
    public string? PublicKey { get; set; }

    /// <summary>Register commands in these guilds (instant) instead of globally.</summary>
    public string[] GuildIds { get; set; } = [];

    public string[] AdminUserIds { get; set; } = [];

    public string[] AdminRoleIds { get; set; } = [];

    /// <summary>Slash-command answers visible only to the asker (flag 64).</summary>
    public bool EphemeralAnswers { get; set; }

    /// <summary>Ask for the privileged MESSAGE_CONTENT intent (not needed for mentions and DMs).</summary>
    public bool MessageContentIntent { get; set; }

    public int? ShardId { get; set; }

    public int? ShardCount { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Overrides the URL from GET /gateway/bot (tests, proxies).</summary>
    public string? GatewayUrl { get; set; }

    public bool HasToken => !string.IsNullOrWhiteSpace(Token);

    public bool HasPublicKey => !string.IsNullOrWhiteSpace(PublicKey);
}
