using System.Text.Json.Serialization;

namespace Bot.Slack.Wire;

// A rendered reply: blocks, and the plain Text Slack shows in notifications and where blocks cannot be shown.
internal sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks);

// The two Block Kit blocks the bot uses: a section with text, a context with small text.
internal sealed record Block(string Type, TextObject? Text = null, IReadOnlyList<TextObject>? Elements = null)
{
    public static Block Section(string mrkdwn) => new("section", Text: TextObject.Markdown(mrkdwn));

    public static Block Context(string mrkdwn) => new("context", Elements: [TextObject.Markdown(mrkdwn)]);

    // How many characters of text this block carries, for the message's total budget (not sent).
    [JsonIgnore]
    public int TextLength => (Text?.Text.Length ?? 0) + (Elements?.Sum(e => e.Text.Length) ?? 0);
}

// A Block Kit text object; the bot only writes mrkdwn, always escaped first (Mrkdwn).
internal sealed record TextObject(string Type, string Text)
{
    public static TextObject Markdown(string text) => new("mrkdwn", text);
}
