namespace Bot.Discord.Wire;

// POST /channels/{channel.id}/messages/{message.id}/threads (https://discord.com/developers/docs/resources/channel):
// name is 1–100 characters; without auto_archive_duration the channel's default applies.
internal sealed record StartThreadRequest(string Name);

// The channel object a thread start returns (only what the bot reads). A public thread started
// from a message has that message's id (FACTS A5, https://discord.com/developers/docs/topics/threads).
internal sealed record DiscordChannel(string Id, int? Type = null, string? ParentId = null, string? Name = null);

// https://discord.com/developers/docs/resources/channel: the channel types the bot tells apart.
internal static class ChannelType
{
    public const int GuildText = 0;
    public const int AnnouncementThread = 10;
    public const int PublicThread = 11;
    public const int PrivateThread = 12;

    public static bool IsThread(int? type) => type is AnnouncementThread or PublicThread or PrivateThread;
}
