namespace Bot.Slack.Rendering;

/// <summary>
/// A slash command's question, repeated at the top of the reply because nobody else sees the command's
/// text. <paramref name="AskerId"/> is set when the reply goes to the whole channel ("&lt;@U…&gt; asked: …").
/// </summary>
internal sealed record AskedQuestion(string Question, string? AskerId);
