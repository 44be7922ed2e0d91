using Bot.Knowledge.Answers;

namespace Bot.Knowledge.Questions;

// What was said before a follow-up in the same conversation, most recent turn first: the earlier
// questions and the passages their answers cited. AskAsync uses it to read an elliptical follow-up
// ("and Greece?", "when was that?") against the conversation so far.
public sealed record QuestionContext(IReadOnlyList<string> PreviousQuestions, IReadOnlyList<Citation> PreviousCitations)
{
    public static readonly QuestionContext None = new([], []);

    public bool IsEmpty => PreviousQuestions.Count == 0;
}
