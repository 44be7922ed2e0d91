using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bot.Knowledge.Documents;

// A Word document (DOCX) through the Open XML SDK: paragraphs in body order, headings by their
// style ("Heading 1"… or an outline level), the "Title" style as the title, numbered and bulleted
// paragraphs as lists, tables as readable rows, and the core properties (title, creator,
// created) as metadata.
internal static partial class DocxReader
{
    [GeneratedRegex(@"^heading\s*(?<level>[1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingStyle();

    public static SourceDocument Read(DocumentFile file)
    {
        using var stream = new MemoryStream(file.Bytes!.Value.ToArray(), writable: false);
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var main = document.MainDocumentPart;
        var styles = (main?.StyleDefinitionsPart?.Styles?.Elements<Style>() ?? [])
            .Where(s => s.StyleId?.Value is not null)
            .GroupBy(s => s.StyleId!.Value!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var blocks = new BlockCollector();
        string? styledTitle = null;
        var listItems = new List<string>();
        void FlushList()
        {
            blocks.List(listItems.ToList());
            listItems.Clear();
        }

        foreach (var element in main?.Document?.Body?.Elements() ?? [])
        {
            if (element is Table table)
            {
                FlushList();
                var rows = table.Elements<TableRow>().Select(r => (IReadOnlyList<string>)r.Elements<TableCell>().Select(CellText).ToList()).ToList();
                if (rows.Count > 0)
                {
                    // Word tables almost always open with a header row; a one-row table has none.
                    blocks.Table(rows.Count > 1 ? rows[0] : null, rows.Skip(rows.Count > 1 ? 1 : 0));
                }

                continue;
            }

            if (element is not Paragraph paragraph)
            {
                continue;
            }

            var text = Text(paragraph);
            if (text.Length == 0)
            {
                continue;
            }

            var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
            var styleName = style is not null && styles.TryGetValue(style, out var s) ? s.StyleName?.Val?.Value ?? style : style ?? "";
            if (styleName.Equals("Title", StringComparison.OrdinalIgnoreCase))
            {
                FlushList();
                styledTitle ??= text;
                continue;
            }

            if (HeadingLevel(paragraph, style, styleName, styles) is { } level)
            {
                FlushList();
                // Level 1 is a section here: the title comes from the Title style or the core properties.
                blocks.Heading(level + 1, text);
                continue;
            }

            var numbering = paragraph.ParagraphProperties?.NumberingProperties;
            if (numbering is not null || styleName.StartsWith("List", StringComparison.OrdinalIgnoreCase))
            {
                var depth = numbering?.NumberingLevelReference?.Val?.Value ?? 0;
                listItems.Add(new string(' ', depth * 2) + "- " + text);
                continue;
            }

            FlushList();
            blocks.Prose(text);
        }

        FlushList();
        var core = document.PackageProperties;
        var metadata = new DocumentMetadata(
            NullIfEmpty(core.Title) ?? styledTitle ?? DocumentParser.TitleFromPath(file.RelativePath),
            blocks.Publisher,
            core.Created is { } created ? DateOnly.FromDateTime(created) : null,
            NullIfEmpty(core.Creator),
            null);
        return new SourceDocument(file.RelativePath, metadata, blocks.Blocks) { Problem = blocks.Blocks.Count == 0 ? "the document has no text" : null };
    }

    // "Heading 2" by name (any language's id maps to it), or an outline level on the paragraph or its style.
    private static int? HeadingLevel(Paragraph paragraph, string? styleId, string styleName, Dictionary<string, Style> styles)
    {
        if (HeadingStyle().Match(styleName) is { Success: true } named)
        {
            return int.Parse(named.Groups["level"].Value, CultureInfo.InvariantCulture);
        }

        var outline = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value
            ?? (styleId is not null && styles.TryGetValue(styleId, out var style) ? style.StyleParagraphProperties?.OutlineLevel?.Val?.Value : null);
        return outline is >= 0 and < 9 ? outline + 1 : null;
    }

    private static string CellText(TableCell cell) => string.Join(' ', cell.Elements<Paragraph>().Select(Text).Where(t => t.Length > 0));

    // A paragraph's runs as text: tabs and line breaks become spaces.
    private static string Text(OpenXmlElement paragraph)
    {
        var sb = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    sb.Append(' ');
                    break;
            }
        }

        return Bot.Knowledge.Text.Whitespace.Collapse(sb.ToString());
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
