using System.Text.Json.Serialization;

namespace Bot.Slack.Wire;

/// <summary>A rendered reply: blocks, and the plain <see cref="Text"/> Slack shows in notifications and where blocks cannot be shown.</summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks);

/// <summary>The two Block Kit blocks the bot uses: a <c>section</c> with text, a <c>context</c> with small text.</summary>
internal sealed record Block(string Type, TextObject? Text = null, IReadOnlyList<TextObject>? Elements = null)
{
    public static Block Section(string mrkdwn) => new("section", Text: TextObject.Markdown(mrkdwn));

    public static Block Context(string mrkdwn) => new("context", Elements: [TextObject.Markdown(mrkdwn)]);

    /// <summary>How many characters of text this block carries, for the message's total budget (not sent).</summary>
    [JsonIgnore]
    public int TextLength => (Text?.Text.Length ?? 0) + (Elements?.Sum(e => e.Text.Length) ?? 0);
}

/// <summary>A Block Kit text object; the bot only writes <c>mrkdwn</c>, always escaped first (<see cref="Mrkdwn"/>).</summary>
internal sealed record TextObject(string Type, string Text)
{
    public static TextObject Markdown(string text) => new("mrkdwn", text);
}
