namespace Bot.Chat.Questions;

// One row read back from the log, for the report.
public sealed record LoggedQuestion(
    long Id,
    DateTimeOffset Time,
    string Platform,
    string? Channel,
    string UserKey,
    string Question,
    string Outcome,
    double? Confidence,
    IReadOnlyList<string> Documents,
    IReadOnlyList<string> Passages,
    long? FollowUpOf,
    int? Feedback);
