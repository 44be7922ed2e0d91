using Bot.Knowledge.Answers;

namespace Bot.Chat.Replies;

// An answer (or a plain "not covered"/"please ask a question") from the material.
// AnswerId: the key 👍/👎 buttons carry back to ChatService.Vote; null when there is nothing to vote
// on (not a question, or the question log is off), and then no buttons are shown.
public sealed record AnswerReply(Answer Answer, string? AnswerId = null) : ChatReply;
