using System.Text.RegularExpressions;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Documents;

// A scraped page saved as plain text → cleaned paragraphs and metadata. Lines are first screened
// for page furniture (JunkLines); the rest are grouped into blocks at blank lines; a
// block is body text when it reads as prose, otherwise it is a short line that may carry the
// title, date or author. Structured formats never go through these rules.
internal static partial class PlainTextReader
{
    private const int TitleContextParagraphs = 50;

    [GeneratedRegex(@"^\[(?<who>[^\]]{3,80})\]\s*")]
    private static partial Regex BracketByline();

    [GeneratedRegex(@"\b(reporter|correspondent|staff writer|writer|editor|journalist)\b\s*(?<name>[\p{L}.\- ]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex BylineRole();

    [GeneratedRegex(@"^(?:reported|written|posted|story|text)?\s*by\s*[:\-]?\s*(?<name>\p{Lu}[\p{L}.'\-]*(?:\s+\p{Lu}[\p{L}.'\-]*){0,3})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ByLine();

    [GeneratedRegex(@"^\W*(?:(?:©|\(c\)|copyright)\s*)+(?:\d{4}(?:\s*-\s*(?:\d{4})?)?\s*)?(?<name>.+?)\s*(?:\((?:www\.|https?:)[^)]*\))?\s*\.?\s*(?:all rights reserved.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CopyrightHolder();

    [GeneratedRegex(@"\bsupport\s+(?<name>\p{Lu}[\p{L}&'\-]*(?:\s+\p{Lu}[\p{L}&'\-]*){0,4})\s+on\s+patreon", RegexOptions.IgnoreCase)]
    private static partial Regex PatreonName();

    [GeneratedRegex(@"^(?:based on materials (?:from|of)|source:|originally published (?:by|in|at))\s*(?<name>.{2,60}?)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"^(?<title>.{10,}?)\s+[-|–—]\s+(?<site>[\w\-]+(?:\.[\w\-]+)*\.[a-z]{2,})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleWithSite();

    [GeneratedRegex(@"^(?:#{1,6}\s+|>\s*|[-*+•·]\s+|\d+[.)]\s+)")]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]")]
    private static partial Regex ControlChars();

    public static SourceDocument Read(DocumentFile file)
    {
        // Line by line rather than whole-text replaces: each of those copied a book-sized file again.
        var lines = Lines(file.Text);
        var front = FrontMatter.Parse(lines.Take(80).ToList());
        string? author = null, source = null;
        var shortLines = new List<(string Text, bool BeforeBody)>();
        var paragraphs = new List<string>();
        var block = new List<string>();
        var blockWords = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);

        void Flush()
        {
            if (block.Count == 0)
            {
                return;
            }

            var joined = string.Join(' ', block);
            var words = blockWords; // lines are joined with a space, so the words add up
            var averageWords = (double)words / block.Count;
            if (LooksLikeProse(joined, words) && (block.Count == 1 || averageWords >= 5))
            {
                paragraphs.Add(joined);
            }
            else
            {
                shortLines.AddRange(block.Select(l => (l, paragraphs.Count == 0)));
            }

            block.Clear();
            blockWords = 0;
        }

        foreach (var raw in lines.Skip(front.BodyStartLine))
        {
            var line = Whitespace.Collapse(raw);
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            line = LinePrefix().Replace(JunkLines.StripInline(line), "").Trim();
            var words = DocumentParser.WordCount(line);
            if (line.Length == 0 || words == 0)
            {
                continue;
            }

            source ??= SourceFrom(line, words);
            if (JunkLines.IsJunk(line, words))
            {
                continue;
            }

            var byline = BracketByline().Match(line);
            var keptWords = words;
            if (byline.Success && BylineRole().Match(byline.Groups["who"].Value) is { Success: true } role)
            {
                author ??= NullIfEmpty(role.Groups["name"].Value.Trim());
                line = line[byline.Length..];
                keptWords = DocumentParser.WordCount(line);
            }

            if (words <= 6 && ByLine().Match(line) is { Success: true } by)
            {
                author ??= by.Groups["name"].Value.Trim();
                continue;
            }

            // A repeated short line (a caption restating the headline) adds nothing.
            if (words < 30 && !seen.Add(line))
            {
                continue;
            }

            block.Add(line);
            blockWords += keptWords;
        }

        Flush();
        RepeatedParagraphs.Remove(paragraphs);

        var title = front["title"] ?? PickTitle(shortLines, paragraphs, ref source) ?? DocumentParser.TitleFromPath(file.RelativePath);
        var published = (front["date"] ?? front["published"]) is { } d ? DateParser.Find(d) : shortLines.Select(l => DateParser.Find(l.Text)).FirstOrDefault(x => x is not null);
        var metadata = new DocumentMetadata(
            title,
            front["source"] ?? front["publisher"] ?? source,
            published,
            front["author"] ?? author,
            front["url"] ?? front["link"]);
        return new SourceDocument(file.RelativePath, metadata, paragraphs);
    }

    // A sentence-like block: enough words and a closing mark, or long enough to be prose anyway.
    private static bool LooksLikeProse(string s, int words)
    {
        if (words >= 20)
        {
            return true;
        }

        var end = s.TrimEnd('"', '”', '’', '\'', ')', ']', ' ', '»');
        return words >= 6 && end.Length > 0 && end[^1] is '.' or '!' or '?' or '…' or '。' or '؟' or ':';
    }

    // Who a copyright line names ("© 2021 Example Media. All rights reserved." → "Example Media"), or null.
    // The text's lines (\n, \r\n or \r), with control characters removed and tabs and no-break spaces as spaces.
    private static IEnumerable<string> Lines(string text)
    {
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            var line = end < 0 ? text[start..] : text.Substring(start, end);
            yield return ControlChars().Replace(line, "").Replace('\u00A0', ' ').Replace('\t', ' ');
            if (end < 0)
            {
                yield break;
            }

            start += end + (text[start + end] == '\r' && start + end + 1 < text.Length && text[start + end + 1] == '\n' ? 2 : 1);
        }
    }

    internal static string? CopyrightHolderOf(string line) =>
        CopyrightHolder().Match(line) is { Success: true } c ? NullIfEmpty(c.Groups["name"].Value.Trim(' ', '.', ',')) : null;

    private static string? SourceFrom(string line, int words)
    {
        if (words >= JunkLines.MaxNoticeWords)
        {
            return null;
        }

        if (JunkLines.IsCopyright(line, words) && CopyrightHolder().Match(line) is { Success: true } c)
        {
            return NullIfEmpty(c.Groups["name"].Value.Trim(' ', '.', ','));
        }

        if (PatreonName().Match(line) is { Success: true } p)
        {
            return p.Groups["name"].Value;
        }

        return SourceLine().Match(line) is { Success: true } s ? NullIfEmpty(s.Groups["name"].Value.Trim()) : null;
    }

    // The headline is the short line before the body that the body is most about: scraped pages
    // often put a site or blog title first, and it shares few words with the article.
    private static string? PickTitle(List<(string Text, bool BeforeBody)> shortLines, List<string> paragraphs, ref string? source)
    {
        var candidates = new List<string>();
        foreach (var (raw, beforeBody) in shortLines)
        {
            var line = raw;
            if (TitleWithSite().Match(line) is { Success: true } withSite)
            {
                source ??= withSite.Groups["site"].Value;
                line = withSite.Groups["title"].Value.Trim();
            }

            var words = DocumentParser.WordCount(line);
            if (beforeBody && words is >= 3 and <= 40 && DateParser.Find(line) is null)
            {
                candidates.Add(line);
            }
        }

        if (candidates.Count <= 1)
        {
            return candidates.FirstOrDefault();
        }

        // A headline is about the article's opening; for a book-length file, reading all of it would
        // cost a second tokenization of the whole text for nothing.
        var bodyStems = paragraphs.Take(TitleContextParagraphs).SelectMany(p => Tokenizer.Tokenize(p)).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        string? best = null;
        var bestScore = -1.0;
        foreach (var line in candidates)
        {
            var stems = Tokenizer.Tokenize(line).Where(t => !StopWords.Contains(t.Term)).Select(t => t.Stem).ToList();
            var score = stems.Count == 0 ? 0 : (double)stems.Count(bodyStems.Contains) / stems.Count;
            if (score > bestScore + 1e-9)
            {
                best = line;
                bestScore = score;
            }
        }

        return best;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
