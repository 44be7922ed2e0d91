namespace Bot.Chat.Questions;

// A message the bot posted, tied to its conversation (a Discord reply to it continues the conversation).
// User is empty: the link is the bot's, no person's.
public sealed record ConversationLinkRecord(DateTimeOffset Time, string Platform, string Message, string Conversation) : LogEntry(Time, Platform, "");
