namespace Bot.Chat.Questions;

// A conversation read back from the log: its last turns (most recent first) and the messages linked to it.
public sealed record StoredConversation(IReadOnlyList<StoredTurn> Turns, IReadOnlyList<string> Messages);
