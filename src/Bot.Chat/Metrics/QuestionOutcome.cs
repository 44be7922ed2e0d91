using Bot.Knowledge.Answers;

namespace Bot.Chat.Metrics;

// The outcome tag of bot.questions.
public static class QuestionOutcome
{
    public const string Answered = "answered";
    public const string NotCovered = "not_covered";
    public const string Refused = "refused";
    public const string Failed = "failed";

    public static string Of(AnswerStatus status) => status switch
    {
        AnswerStatus.Answered => Answered,
        AnswerStatus.NotCovered => NotCovered,
        AnswerStatus.IndexUnavailable => Failed,
        _ => Refused, // not a question, too long
    };
}
