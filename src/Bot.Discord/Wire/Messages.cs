namespace Bot.Discord.Wire;

// The d of a MESSAGE_CREATE dispatch (only the fields the bot reads). A reply (type 19) points at
// the replied-to message with message_reference; channel_type is sent with MESSAGE_CREATE, so a
// message in a thread (10, 11, 12) is told from one in a text channel (FACTS A5).
internal sealed record GatewayMessage(
    string Id,
    string ChannelId,
    string? GuildId = null,
    DiscordUser? Author = null,
    string? Content = null,
    IReadOnlyList<DiscordUser>? Mentions = null,
    GuildMember? Member = null,
    string? WebhookId = null,
    int Type = 0,
    MessageReference? MessageReference = null,
    int? ChannelType = null);

// The body of every message the bot sends: create message, interaction callback data, webhook
// edit and follow-up. AllowedMentions is set by the renderer on every one of them.
internal sealed record MessagePayload(
    string? Content = null,
    IReadOnlyList<Embed>? Embeds = null,
    AllowedMentions? AllowedMentions = null,
    int? Flags = null,
    MessageReference? MessageReference = null,
    IReadOnlyList<Component>? Components = null);

// Makes a created message a reply. FailIfNotExists false: answer even if the question was deleted.
// Received on a reply, it names the message replied to.
internal sealed record MessageReference(string? MessageId, string? ChannelId = null, string? GuildId = null, bool FailIfNotExists = false);

internal static class MessageFlags
{
    // https://discord.com/developers/docs/interactions/receiving-and-responding: EPHEMERAL = 1 << 6; the only flag a deferred (type 5) response may carry.
    public const int Ephemeral = 1 << 6;
}

// https://discord.com/developers/docs/resources/message: {"parse": []} suppresses every ping, @everyone and @here included. Excerpts
// come from documents and questions from users, so nothing the bot echoes may ping anyone.
internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new([]);
}

// The JSON body of a 429 (https://discord.com/developers/docs/topics/rate-limits; DS RatelimitedResponse requires retry_after and global).
internal sealed record RateLimitedResponse(string? Message = null, double? RetryAfter = null, bool Global = false, int? Code = null);
