using System.Globalization;
using System.Text;
using Bot.Knowledge.Answers;

namespace Bot.Chat.Rendering;

// How a citation reads, on every surface: "[1] Title › Section — Source, 3 March 2021 (file.txt ¶4)" and
// its excerpt with the matched terms marked. Renderers take the parts they need and apply their own
// escaping and limits; Bot.Knowledge only hands over the spans.
public static class CitationText
{
    // "[1] Title › Section — Source, 3 March 2021 (file.txt ¶4)"
    public static string Heading(Citation c) => $"{Label(c)}{Byline(c.Source, c.Published)} ({Place(c)})";

    // "[1] Title › Section"
    public static string Label(Citation c) => $"[{c.Number}] {TitleWithSection(c)}";

    // "Title › Section": the section path is shown after the title when the document has one.
    public static string TitleWithSection(Citation c) => string.IsNullOrEmpty(c.Section) ? c.Title : $"{c.Title}{SectionSuffix(c)}";

    // " › Section", or "".
    public static string SectionSuffix(Citation c) => string.IsNullOrEmpty(c.Section) ? "" : " › " + c.Section;

    // "file.txt ¶4" or "file.pdf p. 12".
    public static string Place(Citation c) => $"{c.Document} {c.Locator}";

    // " — Source, 3 March 2021", or as much of it as is known.
    public static string Byline(string? source, DateOnly? published)
    {
        var parts = new[] { source, published?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) }.Where(p => !string.IsNullOrEmpty(p)).ToList();
        return parts.Count == 0 ? "" : " — " + string.Join(", ", parts);
    }

    // The excerpt with each highlight span wrapped in open/close ("*" for Slack, "**" for Markdown).
    // Spans that overlap an earlier one are skipped; spans past the end of a cut excerpt must be dropped
    // by the caller.
    public static string Marked(Citation c, string open, string close) => Mark(c.Excerpt, c.Highlights, open, close);

    public static string Mark(string text, IReadOnlyList<TextSpan> spans, string open, string close)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var sb = new StringBuilder(text.Length + spans.Count * (open.Length + close.Length));
        var at = 0;
        foreach (var span in spans.OrderBy(s => s.Start))
        {
            if (span.Start < at)
            {
                continue;
            }

            sb.Append(text, at, span.Start - at).Append(open).Append(text, span.Start, span.Length).Append(close);
            at = span.End;
        }

        return sb.Append(text, at, text.Length - at).ToString();
    }
}
