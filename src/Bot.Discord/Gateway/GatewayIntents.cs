namespace Bot.Discord.Gateway;

/// <summary>FACTS A1: the intents the bot asks for.</summary>
internal static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;

    /// <summary>Privileged: must be enabled in the Developer Portal, or Discord closes with 4014.</summary>
    public const int MessageContent = 1 << 15;

    /// <summary>
    /// GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES (4609), plus MESSAGE_CONTENT (37377) only when asked:
    /// messages that mention the bot and DMs carry their content without it.
    /// </summary>
    public static int For(bool messageContent) =>
        Guilds | GuildMessages | DirectMessages | (messageContent ? MessageContent : 0);
}
