namespace Bot.Discord.Messages;

/// <summary>Makes a created message a reply. <see cref="FailIfNotExists"/> false: answer even if the question was deleted.</summary>
internal sealed record MessageReference(string MessageId, string? ChannelId = null, string? GuildId = null, bool FailIfNotExists = false);
