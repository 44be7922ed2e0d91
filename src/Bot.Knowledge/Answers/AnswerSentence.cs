namespace Bot.Knowledge.Answers;

/// <summary>A sentence of the answer, taken verbatim from the cited passage number <paramref name="Citation"/>.</summary>
public sealed record AnswerSentence(string Text, int Citation);
