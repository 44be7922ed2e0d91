namespace Bot.Knowledge.Answers;

// A sentence of the answer, taken verbatim from the cited passage number Citation (a table row or
// list item with its key or lead-in). Code: for a block of code, its lines (Text is the line
// introducing it, a line break, then the code), which a renderer shows as code; else null.
public sealed record AnswerSentence(string Text, int Citation)
{
    public string? Code { get; init; }

    public bool IsCode => Code is not null;

    // The prose before a block of code ("Add this to your Procfile:"), or the whole sentence.
    public string Prose => Code is null ? Text : Text[..^Code.Length].TrimEnd('\n');
}
