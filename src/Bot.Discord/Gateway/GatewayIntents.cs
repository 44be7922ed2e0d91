namespace Bot.Discord.Gateway;

// https://discord.com/developers/docs/events/gateway: the intents the bot asks for.
internal static class GatewayIntents
{
    public const int Guilds = 1 << 0;
    public const int GuildMessages = 1 << 9;
    public const int DirectMessages = 1 << 12;

    // Privileged: must be enabled in the Developer Portal, or Discord closes with 4014.
    public const int MessageContent = 1 << 15;

    // GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES (4609), plus MESSAGE_CONTENT (37377) only when asked:
    // messages that mention the bot and DMs carry their content without it.
    public static int For(bool messageContent) =>
        Guilds | GuildMessages | DirectMessages | (messageContent ? MessageContent : 0);
}
