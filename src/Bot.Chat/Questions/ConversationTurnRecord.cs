namespace Bot.Chat.Questions;

// One turn of a conversation as the log keeps it, so that a restarted bot still reads a follow-up in
// context (README, "Follow-up questions"). Citations are "number\tparagraph\tpage\tdocument" lines:
// what the follow-up logic uses of an earlier answer's citations (document, paragraph, rank), not the
// passages themselves. Keep: how many of the conversation's turns the store keeps (Conversations:MaxTurns).
public sealed record ConversationTurnRecord(
    DateTimeOffset Time,
    string Platform,
    string User,
    string Conversation,
    string Question,
    IReadOnlyList<string> Citations,
    string? AnswerId,
    int Keep) : LogEntry(Time, Platform, User);
