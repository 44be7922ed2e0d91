using Bot.Knowledge.Answers;

namespace Bot.Chat.Replies;

// An answer (or a plain "not covered"/"please ask a question") from the material.
public sealed record AnswerReply(Answer Answer) : ChatReply;
