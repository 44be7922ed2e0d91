using System.Globalization;

namespace Bot.Discord;

// The permissions the bot asks for when invited (topics/permissions), and the invite URL built from them.
public static class DiscordInvite
{
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;
    public const ulong ReadMessageHistory = 1UL << 16;

    // Without it the bot cannot answer a mention inside a thread, which the README promises.
    public const ulong SendMessagesInThreads = 1UL << 38;

    // 274877991936.
    public const ulong Permissions = ViewChannel | SendMessages | EmbedLinks | ReadMessageHistory | SendMessagesInThreads;

    public static string Url(string applicationId) =>
        $"https://discord.com/oauth2/authorize?client_id={Uri.EscapeDataString(applicationId)}&scope=bot%20applications.commands&permissions={Permissions.ToString(CultureInfo.InvariantCulture)}";
}
