using Bot.Chat.Questions;

namespace Bot.Chat.Replies;

// The question-log report for an admin; null Report when the log is turned off (Log:Enabled false)
// or cannot be read, with the reason.
public sealed record ReportReply(QuestionReport? Report, string? Problem = null) : ChatReply
{
    public override bool IsPrivate => true;
}
