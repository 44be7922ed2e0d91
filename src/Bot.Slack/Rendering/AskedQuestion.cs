namespace Bot.Slack.Rendering;

// A slash command's question, repeated at the top of the reply because nobody else sees the command's
// text. AskerId is set when the reply goes to the whole channel ("<@U…> asked: …").
internal sealed record AskedQuestion(string Question, string? AskerId);
