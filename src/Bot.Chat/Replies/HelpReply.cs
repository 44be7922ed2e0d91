namespace Bot.Chat.Replies;

// How to use the bot; ForAdmin adds the admin commands.
public sealed record HelpReply(bool ForAdmin) : ChatReply;
