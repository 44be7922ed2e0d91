namespace Bot.Chat.Questions;

// One person's vote on one answer. A later vote by the same person on the same answer replaces it.
public sealed record VoteRecord(DateTimeOffset Time, string Platform, string User, string AnswerId, Vote Vote) : LogEntry(Time, Platform, User);
