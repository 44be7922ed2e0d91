using System.Text.RegularExpressions;

namespace Bot.Slack.Conversations;

// The question in a message's text, as Slack sends it: "<@UBOTID> question", with &, <, > escaped.
internal static partial class SlackQuestion
{
    public static string From(string? text, string botUserId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // The bot's own mention ("<@U123>" or "<@U123|name>") is how it was called, not part of the question.
        var withoutMention = Mention().Replace(text, m => m.Groups[1].Value == botUserId ? " " : m.Value);
        var unescaped = withoutMention.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);
        return Spaces().Replace(unescaped, " ").Trim().TrimStart(':', ',').Trim();
    }

    // True when the text mentions people but not the bot: in a thread the bot answered in, that reply
    // is addressed to them, not a follow-up for the bot.
    public static bool MentionsOnlyOthers(string? text, string botUserId)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var mentioned = Mention().Matches(text).Select(m => m.Groups[1].Value).ToList();
        return mentioned.Count > 0 && !mentioned.Contains(botUserId, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"<@([A-Z0-9]+)(?:\|[^>]*)?>")]
    private static partial Regex Mention();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
