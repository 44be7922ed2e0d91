namespace Bot.Knowledge.Answers;

// A sentence of the answer, taken verbatim from the cited passage number Citation.
public sealed record AnswerSentence(string Text, int Citation);
