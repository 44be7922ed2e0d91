using Bot.Chat.Rendering;

namespace Bot.Slack.Rendering;

// Slack's mrkdwn text: escaping, and cutting to a limit that holds after escaping.
internal static class Mrkdwn
{
    // Slack: escape only &, <, > (https://api.slack.com/methods/chat.postMessage, reference/surfaces/formatting), so text from
    // the documents can never become <!channel>, a user mention or a link.
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    // Escaped text, cut at a word with "…" so the escaped form fits max.
    public static string EscapeWithin(string text, int max) => Fit(text, max, Escape);

    // Cuts the raw text (never inside an escape sequence) until its rendered form fits: escaping and
    // markup make the rendered form longer than the raw one, by an amount only rendering can tell.
    public static string Fit(string raw, int max, Func<string, string> render)
    {
        var budget = Math.Min(raw.Length, max);
        for (var attempt = 0; attempt < 100 && budget > 0; attempt++)
        {
            var cut = TextCut.AtWord(raw, budget);
            var rendered = render(cut);
            if (rendered.Length <= max)
            {
                return rendered;
            }

            // Shrink in proportion (escaping can triple the length), and by at least one word (a cut
            // ends with "…" after the kept words), so this ends in a few rounds.
            budget = Math.Min((int)((long)budget * max / rendered.Length), cut.Length - 1);
        }

        return "…";
    }
}
