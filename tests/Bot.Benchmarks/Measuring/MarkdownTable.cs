using System.Text;

namespace Bot.Benchmarks.Measuring;

// A GitHub-flavoured Markdown table, first column left-aligned and the figures right-aligned.
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public void Add(params string[] cells) => _rows.Add(cells);

    public override string ToString()
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Select(r => r[i].Length).DefaultIfEmpty(0).Max())).ToArray();
        var sb = new StringBuilder();
        Line(sb, headers, widths);
        sb.Append('|');
        for (var i = 0; i < widths.Length; i++)
        {
            sb.Append(i == 0 ? " :" : " ").Append('-', widths[i] - 1).Append(i == 0 ? " |" : ": |");
        }

        sb.Append('\n');
        foreach (var row in _rows)
        {
            Line(sb, row, widths);
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string[] cells, int[] widths)
    {
        sb.Append('|');
        for (var i = 0; i < widths.Length; i++)
        {
            sb.Append(' ').Append(i == 0 ? cells[i].PadRight(widths[i]) : cells[i].PadLeft(widths[i])).Append(" |");
        }

        sb.Append('\n');
    }
}
