using Bot.Knowledge.Text;

namespace Bot.Knowledge.Answers;

/// <summary>Finds where the question's terms (by stem, so "sanctioned" marks "sanctions") stand in a text.</summary>
internal static class Highlighter
{
    public static IReadOnlyList<TextSpan> Find(string text, IReadOnlySet<string> stems) =>
        Tokenizer.Tokenize(text).Where(t => stems.Contains(t.Stem)).Select(t => new TextSpan(t.Start, t.Length)).ToList();

    /// <summary>Wraps each span in <paramref name="open"/>/<paramref name="close"/>, e.g. "**" for Markdown bold.</summary>
    public static string Mark(string text, IReadOnlyList<TextSpan> spans, string open, string close)
    {
        var sb = new System.Text.StringBuilder(text.Length + spans.Count * (open.Length + close.Length));
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
