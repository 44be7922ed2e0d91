namespace Bot.Knowledge.Answers;

/// <summary>
/// Everything an adapter needs to render a reply: the answer text (sentences each followed by its
/// citation number), the sentences themselves, the citations, and whether the material answers the
/// question at all. When it does not, <see cref="Text"/> says so plainly and the citations are the
/// nearest passages, "possibly related".
/// </summary>
public sealed record Answer(
    string Question,
    AnswerStatus Status,
    string Text,
    IReadOnlyList<AnswerSentence> Sentences,
    IReadOnlyList<Citation> Citations)
{
    public bool Answered => Status == AnswerStatus.Answered;

    /// <summary>How well the material covers the question, 0 (not at all) to 1; see <c>Answerability</c>.</summary>
    public double Confidence { get; init; }
}
