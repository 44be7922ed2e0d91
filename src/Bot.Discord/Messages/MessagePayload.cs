namespace Bot.Discord.Messages;

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
