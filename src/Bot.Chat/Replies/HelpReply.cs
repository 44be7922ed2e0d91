namespace Bot.Chat.Replies;

/// <summary>How to use the bot; <paramref name="ForAdmin"/> adds the admin commands.</summary>
public sealed record HelpReply(bool ForAdmin) : ChatReply;
