using Bot.Knowledge.Answers;

namespace Bot.Chat.Replies;

/// <summary>An answer (or a plain "not covered"/"please ask a question") from the material.</summary>
public sealed record AnswerReply(Answer Answer) : ChatReply;
