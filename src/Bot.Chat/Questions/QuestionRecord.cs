namespace Bot.Chat.Questions;

// One question as it is written to the log. User is the platform's raw id; the store hashes it
// unless Log:StoreUserIds. Passages are "document ¶n" / "document p. n" locators.
public sealed record QuestionRecord(
    DateTimeOffset Time,
    string Platform,
    string? Channel,
    string User,
    string Question,
    string Outcome,
    double? Confidence,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Passages);
