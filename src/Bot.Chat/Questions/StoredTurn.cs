namespace Bot.Chat.Questions;

// A conversation turn read back from the log, most recent first in StoredConversation.
public sealed record StoredTurn(DateTimeOffset Time, string Question, IReadOnlyList<string> Citations, string? AnswerId);
