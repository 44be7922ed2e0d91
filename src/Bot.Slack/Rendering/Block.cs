using System.Text.Json.Serialization;

namespace Bot.Slack.Rendering;

/// <summary>The two Block Kit blocks the bot uses: a <c>section</c> with text, a <c>context</c> with small text.</summary>
internal sealed record Block(string Type, TextObject? Text = null, IReadOnlyList<TextObject>? Elements = null)
{
    public static Block Section(string mrkdwn) => new("section", Text: TextObject.Markdown(mrkdwn));

    public static Block Context(string mrkdwn) => new("context", Elements: [TextObject.Markdown(mrkdwn)]);

    /// <summary>How many characters of text this block carries, for the message's total budget (not sent).</summary>
    [JsonIgnore]
    public int TextLength => (Text?.Text.Length ?? 0) + (Elements?.Sum(e => e.Text.Length) ?? 0);
}
