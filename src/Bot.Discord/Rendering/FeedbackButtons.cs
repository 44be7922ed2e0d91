using Bot.Chat.Questions;
using Bot.Discord.Wire;

namespace Bot.Discord.Rendering;

// 👍 and 👎 under an answer: one action row of two buttons whose custom_id carries the vote and the
// answer's id ("feedback:up:{AnswerId}"), returned unchanged when clicked (FACTS A5,
// https://discord.com/developers/docs/components/reference#button). No answer id, no buttons.
internal static class FeedbackButtons
{
    private const string Prefix = "feedback:";
    private const string Up = "up";
    private const string Down = "down";

    // https://discord.com/developers/docs/components/reference: custom_id is at most 100 characters.
    private const int MaxCustomId = 100;

    public static MessagePayload Append(MessagePayload message, string? answerId)
    {
        if (string.IsNullOrEmpty(answerId) || CustomId(Down, answerId).Length > MaxCustomId)
        {
            return message;
        }

        var row = new Component(ComponentType.ActionRow, [Button(Up, "👍", "Helpful", answerId), Button(Down, "👎", "Not helpful", answerId)]);
        return message with { Components = [.. message.Components ?? [], row] };
    }

    // The vote and answer id a button's custom_id carries; false for any other custom_id.
    public static bool TryParse(string? customId, out Vote vote, out string answerId)
    {
        vote = default;
        answerId = "";
        if (customId is null || !customId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = customId[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == rest.Length - 1)
        {
            return false;
        }

        (var kind, answerId) = (rest[..colon], rest[(colon + 1)..]);
        switch (kind)
        {
            case Up:
                vote = Vote.Up;
                return true;
            case Down:
                vote = Vote.Down;
                return true;
            default:
                answerId = "";
                return false;
        }
    }

    private static Component Button(string kind, string emoji, string label, string answerId) =>
        new(ComponentType.Button, Style: ButtonStyle.Secondary, Label: label, CustomId: CustomId(kind, answerId), Emoji: new PartialEmoji(emoji));

    private static string CustomId(string kind, string answerId) => $"{Prefix}{kind}:{answerId}";
}
