namespace Bot.Chat.Questions;

// Near-duplicate questions (the same content-word stems): one example and how many times it was asked.
public sealed record QuestionGroup(string Example, int Count, IReadOnlyList<string> Stems);
