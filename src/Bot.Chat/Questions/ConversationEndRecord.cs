namespace Bot.Chat.Questions;

// "/new": the conversation's turns and links are deleted from the log too.
public sealed record ConversationEndRecord(DateTimeOffset Time, string Platform, string Conversation) : LogEntry(Time, Platform, "");
