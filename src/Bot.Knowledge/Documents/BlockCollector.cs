using System.Text.RegularExpressions;
using Bot.Knowledge.Passages;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Documents;

// What every structured reader (Markdown, HTML, DOCX, PDF) shares: headings kept as a section
// path, the first top-level heading taken as the title, a list or table joined to its lead-in,
// table rows made readable without the grid, and the publisher taken only from a copyright line
// of its own. Readers report what they see in document order; nothing is dropped as page clutter.
internal sealed partial class BlockCollector
{
    private readonly List<(int Level, string Text)> _headings = [];
    private string? _section;
    private bool _titleSeen;

    [GeneratedRegex(@"^(?:table of contents|contents|toc|changelog|change log|changes|release notes|history|what's new)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotATitle();

    public List<DocumentBlock> Blocks { get; } = [];

    public string? Title { get; private set; }

    public string? Publisher { get; private set; }

    // The page the next blocks come from (PDF); a passage never spans two pages.
    public int? Page { get; set; }

    // The first top-level heading before any body text names the document, not a section; it is
    // the title unless it is a badge, a link, a table of contents or a changelog heading.
    public void Heading(int level, string text, bool canBeTitle = true)
    {
        text = Whitespace.Collapse(text);
        if (DocumentParser.WordCount(text) == 0)
        {
            return;
        }

        if (!_titleSeen && level == 1 && Blocks.Count == 0 && _headings.Count == 0)
        {
            _titleSeen = true;
            if (canBeTitle && IsTitle(text))
            {
                Title = text;
            }

            return;
        }

        while (_headings.Count > 0 && _headings[^1].Level >= level)
        {
            _headings.RemoveAt(_headings.Count - 1);
        }

        _headings.Add((level, text));
        _section = string.Join(" › ", _headings.Select(h => h.Text));
    }

    public static bool IsTitle(string text) => DocumentParser.WordCount(text) > 0 && !NotATitle().IsMatch(text.Trim(' ', ':', '.'));

    public void Prose(string text)
    {
        text = Whitespace.Collapse(text);
        var words = DocumentParser.WordCount(text);
        if (words == 0)
        {
            return;
        }

        // A copyright line of its own that names someone says who publishes the document.
        if (Publisher is null && JunkLines.IsCopyright(text, words) && PlainTextReader.CopyrightHolderOf(text) is { } holder && holder.Any(char.IsUpper))
        {
            Publisher = holder;
        }

        Blocks.Add(new DocumentBlock(text, PassageKind.Prose, _section, Page));
    }

    // A code block; a short paragraph just before it that introduces it ("…in your Procfile:")
    // goes with it as its lead, since the code alone rarely says what it is for.
    public void Code(string text, string? language)
    {
        text = text.Trim('\n', '\r');
        if (text.Trim().Length == 0)
        {
            return;
        }

        string? lead = null;
        if (Blocks.Count > 0 && Blocks[^1] is { Kind: PassageKind.Prose } previous && previous.Section == _section && previous.Page == Page
            && previous.Text.Length <= 400 && previous.Text.EndsWith(':'))
        {
            lead = previous.Text;
            Blocks.RemoveAt(Blocks.Count - 1);
        }

        Blocks.Add(new DocumentBlock(lead is null ? text : lead + "\n" + text, PassageKind.Code, _section, Page, language, lead, lead is null ? null : text.Split('\n')));
    }

    // Items already carry their marker ("- ", "1. ") and indentation.
    public void List(IReadOnlyList<string> items)
    {
        var kept = items.Where(i => i.Trim().Length > 0).ToList();
        if (kept.Count > 0)
        {
            AddStructured(PassageKind.List, kept, header: null);
        }
    }

    public void Table(IReadOnlyList<string>? header, IEnumerable<IReadOnlyList<string>> rows)
    {
        header = header?.Select(h => Whitespace.Collapse(h)).ToList();
        var items = new List<string>();
        foreach (var row in rows)
        {
            var cells = row.Select(c => Whitespace.Collapse(c)).ToList();
            if (cells.Any(c => c.Length > 0))
            {
                items.Add(Sentence(Row(header, cells)));
            }
        }

        if (items.Count > 0)
        {
            AddStructured(PassageKind.Table, items, header is { Count: 2 } two && two.All(c => c.Length > 0) ? $"{two[0]} — {two[1]}" : null);
        }
    }

    // Ends a row or a title with a full stop so sentence splitting does not run rows together.
    public static string Sentence(string text) =>
        text.Length > 0 && text[^1] is not ('.' or '!' or '?' or ':' or '…') ? text + "." : text;

    // A row readable without the grid: two columns as "key — value" (the header goes into the
    // lead), more as "Header: cell; Header: cell"; empty cells are left out.
    private static string Row(IReadOnlyList<string>? header, List<string> cells)
    {
        if (header is { Count: 2 } && header.All(c => c.Length > 0) && cells.Count == 2)
        {
            return cells[1].Length == 0 ? cells[0] : $"{cells[0]} — {cells[1]}";
        }

        var parts = new List<string>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Length == 0)
            {
                continue;
            }

            var name = header is not null && i < header.Count ? header[i] : "";
            parts.Add(name.Length > 0 ? $"{name}: {cells[i]}" : cells[i]);
        }

        return string.Join("; ", parts);
    }

    // A list or a table takes the paragraph just before it in the same section as its lead-in
    // (a long one stays prose and only its last sentence is repeated); with no lead-in the
    // section's own heading says what the rows are about.
    private void AddStructured(PassageKind kind, List<string> items, string? header)
    {
        string? lead = null;
        if (Blocks.Count > 0 && Blocks[^1] is { Kind: PassageKind.Prose } previous && previous.Section == _section && previous.Page == Page)
        {
            if (previous.Text.Length <= 400)
            {
                lead = previous.Text;
                Blocks.RemoveAt(Blocks.Count - 1);
            }
            else
            {
                lead = SentenceSplitter.Split(previous.Text)[^1];
            }
        }

        lead ??= _headings.Count > 0 ? _headings[^1].Text : null;
        if (header is not null)
        {
            lead = lead is null ? $"({header})" : $"{lead} ({header})";
        }

        Blocks.Add(new DocumentBlock(string.Join('\n', lead is null ? items : items.Prepend(lead)), kind, _section, Page, Lead: lead, Items: items));
    }
}
