using Bot.Discord.Users;

namespace Bot.Discord.Messages;

/// <summary>The <c>d</c> of a MESSAGE_CREATE dispatch (only the fields the bot reads).</summary>
internal sealed record GatewayMessage(
    string Id,
    string ChannelId,
    string? GuildId = null,
    DiscordUser? Author = null,
    string? Content = null,
    IReadOnlyList<DiscordUser>? Mentions = null,
    GuildMember? Member = null,
    string? WebhookId = null,
    int Type = 0);
