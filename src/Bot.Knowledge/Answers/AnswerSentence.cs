namespace Bot.Knowledge.Answers;

// A sentence of the answer, taken verbatim from the cited passage number Citation (a table row or
// list item with its key or lead-in). IsCode: a block of code under the line introducing it
// (Text = introduction, a line break, the code), which a renderer shows as code.
public sealed record AnswerSentence(string Text, int Citation)
{
    public bool IsCode { get; init; }
}
