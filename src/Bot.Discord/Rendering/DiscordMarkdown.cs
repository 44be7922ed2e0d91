using System.Text;
using Bot.Knowledge.Answers;
using Bot.Chat.Rendering;

namespace Bot.Discord.Rendering;

// Document text shown as written in Discord's Markdown, with only the matched terms in bold.
internal static class DiscordMarkdown
{
    // Placeholders for the bold markers while the excerpt is escaped and cut, so a cut can never
    // leave a "**" open and an escaped "\*" from the document is never mistaken for a marker.
    private const char Open = '\u0001';
    private const char Close = '\u0002';

    // Backslash-escapes the characters that start Discord formatting (bold, italics, strike, code, spoilers).
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '~' or '`' or '|')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    // The citation's excerpt, escaped, matched terms in **bold**, cut at a word to at most maxLength.
    public static string MarkedExcerpt(Citation citation, int maxLength)
    {
        var clean = citation.Excerpt.Replace(Open, ' ').Replace(Close, ' ');
        var marked = Escape(CitationText.Mark(clean, citation.Highlights, Open.ToString(), Close.ToString()));
        for (var budget = maxLength; budget > 0; budget -= 4)
        {
            var cut = TextCut.AtWord(marked, budget);
            if (cut.Count(c => c == Open) > cut.Count(c => c == Close))
            {
                cut = cut.EndsWith('…') ? cut[..^1] + Close + "…" : cut + Close;
            }

            var result = cut.Replace($"{Open}{Close}", "", StringComparison.Ordinal).Replace(Open.ToString(), "**", StringComparison.Ordinal).Replace(Close.ToString(), "**", StringComparison.Ordinal);
            if (result.Length <= maxLength)
            {
                return result;
            }
        }

        return "";
    }
}
