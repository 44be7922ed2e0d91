namespace Bot.Chat.Questions;

// One question as it is written to the log. Passages are "document ¶n" / "document p. n" locators.
// AnswerId: the key the answer's feedback buttons carry; FollowUpOf: the AnswerId of the question
// this one followed up in the same conversation.
public sealed record QuestionRecord(
    DateTimeOffset Time,
    string Platform,
    string? Channel,
    string User,
    string Question,
    string Outcome,
    double? Confidence,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Passages,
    string? AnswerId = null,
    string? FollowUpOf = null) : LogEntry(Time, Platform, User);
