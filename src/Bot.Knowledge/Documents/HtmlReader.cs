using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Documents;

// A saved web page → its article's blocks. SmartReader (a port of Mozilla's Readability) finds the
// article body and leaves menus, footers and sidebars out, and reads the byline, site name and
// date; AngleSharp gives the structure of what is left: headings (section paths), paragraphs,
// lists, tables and code, as for Markdown.
internal static class HtmlReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "footer", "header", "aside", "form", "button", "select", "svg", "iframe", "head",
    };

    private static readonly HashSet<string> Inline = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "img", "kbd", "mark", "q", "s", "samp", "small", "span",
        "strong", "sub", "sup", "time", "u", "var", "wbr", "br", "del", "ins", "label", "font",
    };

    public static SourceDocument Read(DocumentFile file)
    {
        var parser = new HtmlParser();
        var page = parser.ParseDocument(file.Text);
        var canonical = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")
            ?? page.QuerySelector("meta[property='og:url']")?.GetAttribute("content");
        var siteName = page.QuerySelector("meta[property='og:site_name']")?.GetAttribute("content");
        var pageTitle = Whitespace.Collapse(page.Title ?? "");

        SmartReader.Article? article = null;
        try
        {
            // SmartReader changes the document it reads, so it gets its own copy; the address only resolves relative links.
            using var reader = new SmartReader.Reader(Uri.TryCreate(canonical, UriKind.Absolute, out var uri) ? uri.ToString() : "https://localhost/", parser.ParseDocument(file.Text));
            reader.KeepClasses = true; // a code block's language is in its class ("language-js")
            article = reader.GetArticle();
        }
#pragma warning disable CA1031 // a page SmartReader cannot make sense of is still read, whole
        catch (Exception e) when (e is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            // Not an article page: the whole body is read instead.
        }

        var blocks = new BlockCollector();
        IElement? body = article is { IsReadable: true, Content.Length: > 0 } ? parser.ParseDocument(article.Content).Body : page.Body;
        if (body is not null)
        {
            Walk(body, blocks);
        }

        var title = NullIfEmpty(article?.Title) ?? NullIfEmpty(pageTitle) ?? blocks.Title ?? DocumentParser.TitleFromPath(file.RelativePath);
        var metadata = new DocumentMetadata(
            title,
            NullIfEmpty(article?.SiteName) ?? NullIfEmpty(siteName) ?? blocks.Publisher,
            article?.PublicationDate is { } published ? DateOnly.FromDateTime(published) : null,
            NullIfEmpty(article?.Byline) ?? NullIfEmpty(article?.Author),
            NullIfEmpty(canonical));
        return new SourceDocument(file.RelativePath, metadata, blocks.Blocks);
    }

    private static void Walk(IElement container, BlockCollector blocks)
    {
        var text = new StringBuilder();
        void Flush()
        {
            blocks.Prose(text.ToString());
            text.Clear();
        }

        foreach (var node in container.ChildNodes)
        {
            if (node is IText t)
            {
                text.Append(t.Data);
                continue;
            }

            if (node is not IElement element || Skipped.Contains(element.LocalName))
            {
                continue;
            }

            if (Inline.Contains(element.LocalName))
            {
                AppendInline(text, element);
                continue;
            }

            Flush();
            switch (element.LocalName)
            {
                case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                    blocks.Heading(element.LocalName[1] - '0', InlineText(element), canBeTitle: HasTextOutsideLinks(element));
                    break;
                case "p":
                    blocks.Prose(InlineText(element));
                    break;
                case "pre":
                    blocks.Code(element.TextContent, Language(element));
                    break;
                case "ul" or "ol":
                    var items = new List<string>();
                    ListItems(element, items, 0);
                    blocks.List(items);
                    break;
                case "dl":
                    blocks.List(element.Children.Where(c => c.LocalName is "dt" or "dd")
                        .Select(c => (c.LocalName == "dt" ? "- " : "  ") + InlineText(c)).ToList());
                    break;
                case "table":
                    Table(element, blocks);
                    break;
                default:
                    Walk(element, blocks);
                    break;
            }
        }

        Flush();
    }

    private static void ListItems(IElement list, List<string> items, int depth)
    {
        var number = 1;
        foreach (var li in list.Children.Where(c => c.LocalName == "li"))
        {
            var marker = new string(' ', depth * 2) + (list.LocalName == "ol" ? $"{number++}. " : "- ");
            var text = new StringBuilder();
            var nested = new List<string>();
            foreach (var node in li.ChildNodes)
            {
                if (node is IElement { LocalName: "ul" or "ol" } sub)
                {
                    ListItems(sub, nested, depth + 1);
                }
                else if (node is IElement e)
                {
                    text.Append(' ');
                    AppendInline(text, e);
                    text.Append(' ');
                }
                else if (node is IText t)
                {
                    text.Append(t.Data);
                }
            }

            var itemText = Whitespace.Collapse(text.ToString());
            if (itemText.Length > 0)
            {
                items.Add(marker + itemText);
            }

            items.AddRange(nested);
        }
    }

    private static void Table(IElement table, BlockCollector blocks)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        List<string> Cells(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th").Select(InlineText).ToList();
        var hasHeader = rows[0].Children.All(c => c.LocalName == "th") || rows[0].ParentElement?.LocalName == "thead";
        blocks.Table(hasHeader ? Cells(rows[0]) : null, rows.Skip(hasHeader ? 1 : 0).Select(Cells));
    }

    private static string? Language(IElement pre)
    {
        var classes = pre.ClassList.Concat(pre.QuerySelector("code")?.ClassList ?? Enumerable.Empty<string>());
        return classes.FirstOrDefault(c => c.StartsWith("language-", StringComparison.Ordinal) || c.StartsWith("lang-", StringComparison.Ordinal)) is { } c
            ? c[(c.IndexOf('-', StringComparison.Ordinal) + 1)..]
            : null;
    }

    private static string InlineText(IElement element)
    {
        var sb = new StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IText t)
            {
                sb.Append(t.Data);
            }
            else if (node is IElement e)
            {
                AppendInline(sb, e);
            }
        }

        return Whitespace.Collapse(sb.ToString());
    }

    // An element's text as running text: images as their alt text, inline code in backticks, hidden parts left out.
    private static void AppendInline(StringBuilder sb, IElement element)
    {
        switch (element.LocalName)
        {
            case var name when Skipped.Contains(name):
                return;
            case "img":
                sb.Append(' ').Append(element.GetAttribute("alt")).Append(' ');
                return;
            case "br":
                sb.Append(' ');
                return;
            case "code" when element.ParentElement?.LocalName != "pre":
                sb.Append('`').Append(element.TextContent).Append('`');
                return;
        }

        var block = !Inline.Contains(element.LocalName);
        if (block)
        {
            sb.Append(' ');
        }

        foreach (var node in element.ChildNodes)
        {
            if (node is IText t)
            {
                sb.Append(t.Data);
            }
            else if (node is IElement e)
            {
                AppendInline(sb, e);
            }
        }

        if (block)
        {
            sb.Append(' ');
        }
    }

    // A heading that is only a link or a badge image names no document.
    private static bool HasTextOutsideLinks(IElement heading) =>
        heading.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length) < heading.TextContent.Trim().Length;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : Whitespace.Collapse(s);
}
