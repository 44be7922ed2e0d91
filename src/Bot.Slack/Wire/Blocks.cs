using System.Text.Json.Serialization;

namespace Bot.Slack.Wire;

// A rendered reply: blocks, and the plain Text Slack shows in notifications and where blocks cannot be shown.
internal sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks);

// The Block Kit blocks the bot uses: a section with text, a context with small text, and an actions
// block with buttons (https://api.slack.com/reference/block-kit/blocks). Written by BlockJsonConverter:
// a context's and an actions block's "elements" have different shapes.
[JsonConverter(typeof(BlockJsonConverter))]
internal sealed record Block(string Type, TextObject? Text = null, IReadOnlyList<TextObject>? Elements = null, string? BlockId = null, IReadOnlyList<Button>? Buttons = null)
{
    public static Block Section(string mrkdwn) => new("section", Text: TextObject.Markdown(mrkdwn));

    public static Block Context(string mrkdwn, string? blockId = null) => new("context", Elements: [TextObject.Markdown(mrkdwn)], BlockId: blockId);

    public static Block Actions(IReadOnlyList<Button> buttons) => new("actions", Buttons: buttons);

    // How many characters of text this block carries, for the message's total budget (not sent).
    public int TextLength => (Text?.Text.Length ?? 0) + (Elements?.Sum(e => e.Text.Length) ?? 0) + (Buttons?.Sum(b => b.Text.Text.Length) ?? 0);
}

// Emoji: plain_text only, ":thumbsup:"-style names shown as emoji.
internal sealed record TextObject(string Type, string Text, bool? Emoji = null)
{
    public static TextObject Markdown(string text) => new("mrkdwn", text);

    public static TextObject Plain(string text) => new("plain_text", text, Emoji: true);
}

// A Block Kit button (https://api.slack.com/reference/block-kit/block-elements#button): text ≤ 75,
// action_id ≤ 255, value ≤ 2000; a click sends a block_actions payload carrying action_id and value.
internal sealed record Button(TextObject Text, string ActionId, string Value, string? AccessibilityLabel = null, string Type = "button");
