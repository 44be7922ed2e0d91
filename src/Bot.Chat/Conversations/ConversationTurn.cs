using Bot.Knowledge.Answers;

namespace Bot.Chat.Conversations;

// One question asked in a conversation and the passages its answer cited.
// AnswerId: the answer's key in the question log (null when the log is off), for "follow-up of".
public sealed record ConversationTurn(string Question, IReadOnlyList<Citation> Citations, string? AnswerId, DateTimeOffset At);
