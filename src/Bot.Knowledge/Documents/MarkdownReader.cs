using System.Text;
using System.Text.RegularExpressions;
using Bot.Knowledge.Text;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Knowledge.Documents;

// Markdown (CommonMark plus pipe/grid tables, ::: containers, GitHub alerts and front
// matter) → blocks with section paths, through Markdig's syntax tree rather than line patterns.
// Nothing is dropped for looking like page furniture: documentation is all content, so only
// syntax goes (fences, pipes, markers, link targets, reference definitions, tags).
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

    // MDX: ES module lines and {/* comments */} or {expressions} standing alone are code for the page, not text.
    [GeneratedRegex(@"^(?:(?:import|export)\s[^\n]*(?:\n|$))+$|^\{[\s\S]*\}$")]
    private static partial Regex MdxStatement();

    // Docusaurus and Pandoc let a heading name its anchor: "## Setup {#setup}".
    [GeneratedRegex(@"\s*\{#[^}]*\}\s*$")]
    private static partial Regex HeadingAnchor();

    public static SourceDocument Read(DocumentFile file)
    {
        var text = file.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var front = FrontMatter.Parse(text.Split('\n', 80));
        var blocks = new BlockCollector();
        var mdx = file.RelativePath.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase);
        foreach (var block in Markdown.Parse(text, Pipeline))
        {
            if (mdx && block is ParagraphBlock paragraph && MdxStatement().IsMatch(text.AsSpan(paragraph.Span.Start, paragraph.Span.Length).Trim()))
            {
                continue;
            }

            Visit(block, blocks);
        }

        var metadata = new DocumentMetadata(
            front["title"] ?? blocks.Title ?? front["sidebar_label"] ?? DocumentParser.TitleFromPath(file.RelativePath),
            front["source"] ?? front["publisher"] ?? blocks.Publisher,
            (front["date"] ?? front["published"]) is { } d ? DateParser.Find(d) : null,
            front["author"],
            front["url"] ?? front["link"])
        {
            Tags = front.Tags,
        };
        return new SourceDocument(file.RelativePath, metadata, blocks.Blocks);
    }

    private static void Visit(Block block, BlockCollector blocks)
    {
        switch (block)
        {
            case YamlFrontMatterBlock or LinkReferenceDefinitionGroup or LinkReferenceDefinition or ThematicBreakBlock:
                return;
            case HeadingBlock heading:
                blocks.Heading(heading.Level, HeadingAnchor().Replace(Inline(heading.Inline), ""), canBeTitle: !IsOnlyLinks(heading.Inline));
                return;
            case Table table:
                var rows = table.OfType<TableRow>().ToList();
                blocks.Table(
                    rows.FirstOrDefault(r => r.IsHeader) is { } header ? Cells(header) : null,
                    rows.Where(r => !r.IsHeader).Select(Cells));
                return;
            case ListBlock list:
                var items = new List<string>();
                ListItems(list, items, depth: 0);
                blocks.List(items);
                return;
            case CodeBlock code:
                blocks.Code(CodeText(code), code is FencedCodeBlock { Info: { Length: > 0 } info } ? info.Split(' ', 2)[0] : null);
                return;
            case HtmlBlock html:
                blocks.Prose(HtmlText(html));
                return;
            case CustomContainer container:
                // ":::info[A title]": the bracketed title is text the reader sees; the kind word is not.
                if (BracketTitle().Match(container.Info + " " + container.Arguments) is { Success: true } title)
                {
                    blocks.Prose(BlockCollector.Sentence(Whitespace.Collapse(title.Groups["title"].Value)));
                }

                VisitChildren(container, blocks);
                return;
            case ContainerBlock container:
                VisitChildren(container, blocks);
                return;
            case LeafBlock leaf:
                blocks.Prose(Inline(leaf.Inline));
                return;
        }
    }

    private static void VisitChildren(ContainerBlock container, BlockCollector blocks)
    {
        foreach (var child in container)
        {
            Visit(child, blocks);
        }
    }

    // A heading that is nothing but links or images (a badge row) names no document.
    private static bool IsOnlyLinks(ContainerInline? inline) =>
        inline is not null && inline.Where(i => i is not LiteralInline l || !l.Content.IsEmptyOrWhitespace()).All(i => i is LinkInline or AutolinkInline or HtmlInline);

    private static List<string> Cells(TableRow row) => row.OfType<TableCell>().Select(c => BlockText(c)).ToList();

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
                if (part is ListBlock sub)
                {
                    ListItems(sub, nested, depth + 1);
                }
                else
                {
                    Append(text, BlockText(part));
                }
            }

            if (text.Length > 0)
            {
                items.Add(marker + text);
            }

            items.AddRange(nested);
        }
    }

    // The text of a block and everything inside it, as one line (code keeps its lines).
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

    private static string CodeText(CodeBlock code) => code.Lines.ToString().Trim('\n');

    // Raw HTML and MDX/JSX components (<Tabs>, <Danger>): their text, never their tags.
    private static string HtmlText(HtmlBlock html) =>
        Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(Tag().Replace(html.Lines.ToString(), " ")));

    // Inline content as plain text: link and emphasis text kept, images as their alt text, tags dropped, inline code in backticks.
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
