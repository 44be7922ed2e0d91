namespace Bot.Chat.Questions;

// What the question log says since a time: what to write next (questions not covered), what people
// ask about, what nobody needs (documents never cited), and how many questions each platform and
// outcome saw. VotedDown stays empty until feedback buttons record votes.
public sealed record QuestionReport(
    DateTimeOffset Since,
    int Questions,
    IReadOnlyList<QuestionGroup> NotCovered,
    IReadOnlyList<TopicCount> Topics,
    IReadOnlyList<string> NeverCited,
    IReadOnlyList<LoggedQuestion> VotedDown,
    IReadOnlyDictionary<string, int> ByPlatform,
    IReadOnlyDictionary<string, int> ByOutcome,
    bool FeedbackRecorded);
