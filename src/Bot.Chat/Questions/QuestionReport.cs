namespace Bot.Chat.Questions;

// What the question log says since a time: what to write next (questions not covered), what people
// ask about, what nobody needs (documents never cited), and how many questions each platform and
// outcome saw, how many votes were cast and how many questions followed up on an earlier answer.
// VotedDown: answers with more 👎 than 👍, most voted down first.
public sealed record QuestionReport(
    DateTimeOffset Since,
    int Questions,
    IReadOnlyList<QuestionGroup> NotCovered,
    IReadOnlyList<TopicCount> Topics,
    IReadOnlyList<string> NeverCited,
    IReadOnlyList<LoggedQuestion> VotedDown,
    IReadOnlyDictionary<string, int> ByPlatform,
    IReadOnlyDictionary<string, int> ByOutcome,
    bool FeedbackRecorded)
{
    // People's 👍 and 👎 on the period's answers (one per person per answer).
    public int VotesUp { get; init; }

    public int VotesDown { get; init; }

    // Questions asked as a follow-up to an earlier answer in the same conversation.
    public int FollowUps { get; init; }
}
