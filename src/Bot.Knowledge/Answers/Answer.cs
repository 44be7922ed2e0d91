namespace Bot.Knowledge.Answers;

// Everything an adapter needs to render a reply: the answer text (sentences each followed by its
// citation number), the sentences themselves, the citations, and whether the material answers the
// question at all. When it does not, Text says so plainly and the citations are the
// nearest passages, "possibly related".
public sealed record Answer(
    string Question,
    AnswerStatus Status,
    string Text,
    IReadOnlyList<AnswerSentence> Sentences,
    IReadOnlyList<Citation> Citations)
{
    public bool Answered => Status == AnswerStatus.Answered;

    // How well the material covers the question, 0 (not at all) to 1; see Answerability.
    public double Confidence { get; init; }

    // What Text says before the sentences ("The material suggests no:"), or "".
    public string Preface { get; init; } = "";
}
