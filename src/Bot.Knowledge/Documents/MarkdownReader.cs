using System.Text;
using System.Text.RegularExpressions;
using Bot.Knowledge.Passages;
using Bot.Knowledge.Text;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Knowledge.Documents;

/// <summary>
/// Markdown (CommonMark plus pipe/grid tables, <c>:::</c> containers, GitHub alerts and front
/// matter) → blocks with section paths, through Markdig's syntax tree rather than line patterns.
/// Nothing is dropped for looking like page furniture: documentation is all content, so only
/// syntax goes (fences, pipes, markers, link targets, reference definitions, tags).
/// </summary>
internal static partial class MarkdownReader
{
    // Pipelines are immutable once built and safe to share between threads.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseGridTables()
        .UseCustomContainers()
        .UseAlertBlocks()
        .Build();

    [GeneratedRegex(@"\[(?<title>[^\]]+)\]")]
    private static partial Regex BracketTitle();

    [GeneratedRegex(@"<!--.*?-->|<[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Tag();

    // Docusaurus and Pandoc let a heading name its anchor: "## Setup {#setup}".
    [GeneratedRegex(@"\s*\{#[^}]*\}\s*$")]
    private static partial Regex HeadingAnchor();

    [GeneratedRegex(@"^(?:table of contents|contents|toc|changelog|change log|changes|release notes|history|what's new)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotATitle();

    public static SourceDocument Read(DocumentFile file)
    {
        var text = file.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var front = FrontMatter.Parse(text.Split('\n', 80));
        var walker = new Walker();
        walker.Visit(Markdown.Parse(text, Pipeline));

        var metadata = new DocumentMetadata(
            front["title"] ?? walker.Title ?? front["sidebar_label"] ?? DocumentParser.TitleFromPath(file.RelativePath),
            front["source"] ?? front["publisher"] ?? walker.Publisher,
            (front["date"] ?? front["published"]) is { } d ? DateParser.Find(d) : null,
            front["author"],
            front["url"] ?? front["link"])
        {
            Tags = front.Tags,
        };
        return new SourceDocument(file.RelativePath, metadata, walker.Blocks);
    }

    /// <summary>A title is a heading of words: not a badge or a link, not a table of contents or a changelog.</summary>
    private static bool IsTitle(HeadingBlock heading, string text)
    {
        if (heading.Inline is null || DocumentParser.WordCount(text) == 0 || NotATitle().IsMatch(text.Trim(' ', ':', '.')))
        {
            return false;
        }

        var meaningful = heading.Inline.Where(i => i is not LiteralInline l || !l.Content.IsEmptyOrWhitespace()).ToList();
        return !meaningful.All(i => i is LinkInline or AutolinkInline or HtmlInline);
    }

    private sealed class Walker
    {
        private readonly List<(int Level, string Text)> _headings = [];
        private string? _section;
        private bool _titleSeen;

        public List<DocumentBlock> Blocks { get; } = [];

        public string? Title { get; private set; }

        public string? Publisher { get; private set; }

        public void Visit(Block block)
        {
            switch (block)
            {
                case YamlFrontMatterBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition or ThematicBreakBlock:
                    return;
                case HeadingBlock heading:
                    Heading(heading);
                    return;
                case Table table:
                    TableBlock(table);
                    return;
                case ListBlock list:
                    ListBlock(list);
                    return;
                case CodeBlock code:
                    Add(new DocumentBlock(CodeText(code), PassageKind.Code, _section, Language: Language(code)));
                    return;
                case HtmlBlock html:
                    Prose(HtmlText(html));
                    return;
                case CustomContainer container:
                    // ":::info[A title]": the bracketed title is text the reader sees; the kind word is not.
                    if (BracketTitle().Match(container.Info + " " + container.Arguments) is { Success: true } title)
                    {
                        Prose(Sentence(Whitespace.Collapse(title.Groups["title"].Value)));
                    }

                    VisitChildren(container);
                    return;
                case ContainerBlock container:
                    VisitChildren(container);
                    return;
                case LeafBlock leaf:
                    Prose(Inline(leaf.Inline));
                    return;
            }
        }

        private void VisitChildren(ContainerBlock container)
        {
            foreach (var child in container)
            {
                Visit(child);
            }
        }

        private void Heading(HeadingBlock heading)
        {
            var text = HeadingAnchor().Replace(Inline(heading.Inline), "");
            if (text.Length == 0)
            {
                return;
            }

            // The first top-level heading before any body text names the document, not a section.
            if (!_titleSeen && heading.Level == 1 && Blocks.Count == 0 && _headings.Count == 0)
            {
                _titleSeen = true;
                if (IsTitle(heading, text))
                {
                    Title = text;
                }

                return;
            }

            while (_headings.Count > 0 && _headings[^1].Level >= heading.Level)
            {
                _headings.RemoveAt(_headings.Count - 1);
            }

            _headings.Add((heading.Level, text));
            _section = string.Join(" › ", _headings.Select(h => h.Text));
        }

        private void Prose(string text)
        {
            if (text.Length == 0 || DocumentParser.WordCount(text) == 0)
            {
                return;
            }

            // A copyright line of its own that names someone says who publishes the document.
            if (Publisher is null && !text.Contains('\n', StringComparison.Ordinal) && JunkLines.IsCopyright(text, DocumentParser.WordCount(text))
                && PlainTextReader.CopyrightHolderOf(text) is { } holder && holder.Any(char.IsUpper))
            {
                Publisher = holder;
            }

            Add(new DocumentBlock(text, PassageKind.Prose, _section));
        }

        private void Add(DocumentBlock block) => Blocks.Add(block);

        private void ListBlock(ListBlock list)
        {
            var items = new List<string>();
            ListItems(list, items, depth: 0);
            if (items.Count > 0)
            {
                AddStructured(PassageKind.List, items, header: null);
            }
        }

        private static void ListItems(ListBlock list, List<string> items, int depth)
        {
            var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
            foreach (var child in list)
            {
                if (child is not ListItemBlock item)
                {
                    continue;
                }

                var marker = new string(' ', depth * 2) + (list.IsOrdered ? $"{number++}. " : "- ");
                var text = new StringBuilder();
                var nested = new List<string>();
                foreach (var part in item)
                {
                    switch (part)
                    {
                        case ListBlock sub:
                            ListItems(sub, nested, depth + 1);
                            break;
                        case CodeBlock code:
                            Append(text, CodeText(code));
                            break;
                        default:
                            Append(text, BlockText(part));
                            break;
                    }
                }

                if (text.Length > 0)
                {
                    items.Add(marker + text);
                }

                items.AddRange(nested);
            }
        }

        private void TableBlock(Table table)
        {
            var rows = table.OfType<TableRow>().ToList();
            var header = rows.FirstOrDefault(r => r.IsHeader) is { } h ? h.OfType<TableCell>().Select(c => BlockText(c)).ToList() : null;
            var items = new List<string>();
            foreach (var row in rows.Where(r => !r.IsHeader))
            {
                var cells = row.OfType<TableCell>().Select(c => BlockText(c)).ToList();
                if (cells.All(c => c.Length == 0))
                {
                    continue;
                }

                items.Add(Sentence(Row(header, cells)));
            }

            if (items.Count > 0)
            {
                AddStructured(PassageKind.Table, items, header is { Count: 2 } two && two.All(c => c.Length > 0) ? $"{two[0]} — {two[1]}" : null);
            }
        }

        /// <summary>
        /// A row readable without the grid: two columns as "key — value" (the header goes into the
        /// lead), more as "Header: cell; Header: cell"; empty cells are left out.
        /// </summary>
        private static string Row(List<string>? header, List<string> cells)
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

        /// <summary>
        /// A list or a table takes the paragraph just before it in the same section as its lead-in
        /// (a long one stays prose and only its last sentence is repeated); with no lead-in the
        /// section's own heading says what the rows are about.
        /// </summary>
        private void AddStructured(PassageKind kind, List<string> items, string? header)
        {
            string? lead = null;
            if (Blocks.Count > 0 && Blocks[^1] is { Kind: PassageKind.Prose } previous && previous.Section == _section)
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

            Add(new DocumentBlock(string.Join('\n', lead is null ? items : items.Prepend(lead)), kind, _section, Lead: lead, Items: items));
        }

        /// <summary>The text of a block and everything inside it, as one line.</summary>
        private static string BlockText(Block block)
        {
            switch (block)
            {
                case LeafBlock { Inline: not null } leaf:
                    return Inline(leaf.Inline);
                case HtmlBlock html:
                    return HtmlText(html);
                case CodeBlock code:
                    return CodeText(code);
                case ContainerBlock container:
                    var sb = new StringBuilder();
                    foreach (var child in container)
                    {
                        Append(sb, BlockText(child));
                    }

                    return sb.ToString();
                default:
                    return "";
            }
        }

        private static void Append(StringBuilder sb, string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(text);
        }

        private static string Sentence(string row) =>
            row.Length > 0 && row[^1] is not ('.' or '!' or '?' or ':' or '…') ? row + "." : row;

        private static string CodeText(CodeBlock code) => code.Lines.ToString().Trim('\n');

        private static string? Language(CodeBlock code) =>
            code is FencedCodeBlock { Info: { Length: > 0 } info } ? info.Split(' ', 2)[0] : null;

        /// <summary>Raw HTML and MDX/JSX components (<c>&lt;Tabs&gt;</c>, <c>&lt;Danger&gt;</c>): their text, never their tags.</summary>
        private static string HtmlText(HtmlBlock html) =>
            Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(Tag().Replace(html.Lines.ToString(), " ")));
    }

    /// <summary>Inline content as plain text: link and emphasis text kept, images as their alt text, tags dropped, inline code in backticks.</summary>
    internal static string Inline(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }

        var sb = new StringBuilder();
        AppendInline(sb, inline);
        return Whitespace.Collapse(sb.ToString());
    }

    private static void AppendInline(StringBuilder sb, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                sb.Append('`').Append(code.Content).Append('`');
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline link:
                sb.Append(link.Url);
                break;
            case HtmlInline:
                sb.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    AppendInline(sb, child);
                }

                break;
        }
    }
}
