namespace Bot.Discord.Wire;

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

/// <summary>
/// The body of every message the bot sends: create message, interaction callback data, webhook
/// edit and follow-up. <see cref="AllowedMentions"/> is set by the renderer on every one of them.
/// </summary>
internal sealed record MessagePayload(
    string? Content = null,
    IReadOnlyList<Embed>? Embeds = null,
    AllowedMentions? AllowedMentions = null,
    int? Flags = null,
    MessageReference? MessageReference = null);

/// <summary>Makes a created message a reply. <see cref="FailIfNotExists"/> false: answer even if the question was deleted.</summary>
internal sealed record MessageReference(string MessageId, string? ChannelId = null, string? GuildId = null, bool FailIfNotExists = false);

internal static class MessageFlags
{
    /// <summary>FACTS A2: EPHEMERAL = 1 &lt;&lt; 6; the only flag a deferred (type 5) response may carry.</summary>
    public const int Ephemeral = 1 << 6;
}

/// <summary>
/// FACTS A4: <c>{"parse": []}</c> suppresses every ping, @everyone and @here included. Excerpts
/// come from documents and questions from users, so nothing the bot echoes may ping anyone.
/// </summary>
internal sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    public static AllowedMentions None { get; } = new([]);
}

/// <summary>The JSON body of a 429 (FACTS A3; DS <c>RatelimitedResponse</c> requires retry_after and global).</summary>
internal sealed record RateLimitedResponse(string? Message = null, double? RetryAfter = null, bool Global = false, int? Code = null);
