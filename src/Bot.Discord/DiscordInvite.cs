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

    // Only with Discord:AnswerInThread: starting a thread from the question's message needs it
    // (https://discord.com/developers/docs/resources/channel#start-thread-from-message).
    public const ulong CreatePublicThreads = 1UL << 35;

    // 274877991936.
    public const ulong Permissions = ViewChannel | SendMessages | EmbedLinks | ReadMessageHistory | SendMessagesInThreads;

    // 309237730304.
    public const ulong PermissionsWithThreads = Permissions | CreatePublicThreads;

    public static string Url(string applicationId, bool answerInThread = false) =>
        $"https://discord.com/oauth2/authorize?client_id={Uri.EscapeDataString(applicationId)}&scope=bot%20applications.commands&permissions={(answerInThread ? PermissionsWithThreads : Permissions).ToString(CultureInfo.InvariantCulture)}";
}
