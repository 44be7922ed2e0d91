using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Passages;

// Blocks → passages of a useful size. Prose: a paragraph shorter than MinWords
// joins the next one of the same section (a one-line paragraph rarely answers anything alone),
// and one longer than MaxWords is split at sentence ends into pieces of about
// TargetWords. A passage never spans two sections or pages. Lists and tables are
// passages of their own, split between items with the lead-in repeated; code is one passage.
// No passage is longer than the document's MaxPassageChars.
public static class PassageSplitter
{
    public const int MinWords = 45;
    public const int TargetWords = 120;
    public const int MaxWords = 200;

    public static IReadOnlyList<Passage> Split(SourceDocument document)
    {
        var maxChars = Math.Max(PassageLimits.MinChars, document.MaxPassageChars);
        var passages = new List<Passage>();
        var pending = new List<string>();
        var pendingParagraph = 0;
        var pendingWords = 0;
        var pendingChars = 0;
        DocumentBlock? pendingBlock = null;

        void Add(int paragraph, string text, DocumentBlock block) =>
            passages.Add(new Passage(document.RelativePath, passages.Count + 1, paragraph, text, document.Metadata, block.Section, block.Page, block.Kind, block.Language));

        void Emit()
        {
            if (pending.Count == 0)
            {
                return;
            }

            Add(pendingParagraph, string.Join(' ', pending), pendingBlock!);
            pending.Clear();
            pendingWords = 0;
            pendingChars = 0;
        }

        // A short tail joins the prose passage before it (same section and page) rather than standing alone.
        void EndRun()
        {
            if (pending.Count > 0 && passages.Count > 0 && passages[^1] is { Kind: PassageKind.Prose } last
                && last.Section == pendingBlock!.Section && last.Page == pendingBlock.Page
                && DocumentParser.WordCount(last.Text) + pendingWords <= MaxWords
                && last.Text.Length + 1 + pendingChars <= maxChars)
            {
                passages[^1] = last with { Text = last.Text + " " + string.Join(' ', pending) };
                pending.Clear();
                pendingWords = 0;
                pendingChars = 0;
            }

            Emit();
        }

        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            if (pendingBlock is not null && (block.Kind != PassageKind.Prose || block.Section != pendingBlock.Section || block.Page != pendingBlock.Page))
            {
                EndRun();
            }

            if (block.Kind != PassageKind.Prose)
            {
                foreach (var piece in Structured(block, maxChars))
                {
                    Add(i + 1, piece, block);
                }

                pendingBlock = null;
                continue;
            }

            var paragraph = block.Text;
            var words = DocumentParser.WordCount(paragraph);
            if (words > MaxWords || paragraph.Length > maxChars)
            {
                Emit();
                foreach (var piece in Chunk(paragraph, maxChars))
                {
                    Add(i + 1, piece, block);
                }

                pendingBlock = block;
                continue;
            }

            if (pending.Count > 0 && pendingChars + 1 + paragraph.Length > maxChars)
            {
                Emit();
            }

            if (pending.Count == 0)
            {
                pendingParagraph = i + 1;
            }

            pendingBlock = block;
            pending.Add(paragraph);
            pendingWords += words;
            pendingChars += (pendingChars > 0 ? 1 : 0) + paragraph.Length;
            if (pendingWords >= MinWords)
            {
                Emit();
            }
        }

        if (pendingBlock is not null)
        {
            EndRun();
        }

        return passages;
    }

    // A list or table in pieces of whole items with the lead repeated on each; code in pieces of whole lines.
    private static IEnumerable<string> Structured(DocumentBlock block, int maxChars)
    {
        if (block.Text.Length <= maxChars)
        {
            yield return block.Text;
            yield break;
        }

        var lead = block.Lead is { } l ? Bounded(l, maxChars / 3) : null;
        var items = block.Items ?? block.Text.Split('\n');
        var current = new List<string>();
        var chars = 0;
        var first = true;
        foreach (var raw in items)
        {
            var room = maxChars - (lead is null ? 0 : lead.Length + 1);
            foreach (var item in raw.Length <= room ? [raw] : HardSplit(raw, room))
            {
                if (current.Count > 0 && chars + 1 + item.Length > room)
                {
                    yield return Join(lead, current, first || block.Kind != PassageKind.Code);
                    first = false;
                    current.Clear();
                    chars = 0;
                }

                current.Add(item);
                chars += (chars > 0 ? 1 : 0) + item.Length;
            }
        }

        if (current.Count > 0)
        {
            yield return Join(lead, current, first || block.Kind != PassageKind.Code);
        }
    }

    private static string Join(string? lead, List<string> items, bool withLead) =>
        string.Join('\n', lead is null || !withLead ? items : items.Prepend(lead));

    private static string Bounded(string text, int max) => text.Length <= max ? text : HardSplit(text, max).First();

    private static IEnumerable<string> Chunk(string paragraph, int maxChars)
    {
        var current = new List<string>();
        var words = 0;
        var chars = 0;
        foreach (var sentence in SentenceSplitter.Split(paragraph))
        {
            foreach (var part in sentence.Length <= maxChars ? [sentence] : HardSplit(sentence, maxChars))
            {
                var w = DocumentParser.WordCount(part);
                if (words > 0 && (words + w > TargetWords || chars + 1 + part.Length > maxChars))
                {
                    yield return string.Join(' ', current);
                    current.Clear();
                    words = 0;
                    chars = 0;
                }

                current.Add(part);
                words += w;
                chars += (chars > 0 ? 1 : 0) + part.Length;
            }
        }

        if (current.Count > 0)
        {
            yield return string.Join(' ', current);
        }
    }

    // Text with no sentence end in reach: cut at the last space before the limit, or at the limit when there is none.
    internal static IEnumerable<string> HardSplit(string text, int max)
    {
        var start = 0;
        while (start < text.Length)
        {
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            if (start >= text.Length)
            {
                yield break;
            }

            var length = Math.Min(max, text.Length - start);
            if (start + length < text.Length)
            {
                // Best a clause end (". " that did not pass as a sentence end, "; "), else a space.
                var window = text.AsSpan(start + max / 2, length - max / 2);
                var clause = Math.Max(window.LastIndexOf(". "), window.LastIndexOf("; "));
                var space = text.LastIndexOf(' ', start + length, length);
                if (clause >= 0)
                {
                    length = max / 2 + clause + 1;
                }
                else if (space > start + max / 2)
                {
                    length = space - start;
                }
                else if (char.IsHighSurrogate(text[start + length - 1]))
                {
                    length--; // never cut a surrogate pair in half
                }
            }

            yield return text.Substring(start, length).TrimEnd();
            start += length;
        }
    }
}
