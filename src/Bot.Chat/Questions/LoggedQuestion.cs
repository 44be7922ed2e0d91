namespace Bot.Chat.Questions;

// One row read back from the log, for the report. Feedback is the net vote; VotesUp/VotesDown count
// the people who clicked 👍/👎 (one vote each, the last click counts).
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
    int? Feedback,
    int VotesUp = 0,
    int VotesDown = 0);
