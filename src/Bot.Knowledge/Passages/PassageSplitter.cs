using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Passages;

/// <summary>
/// Paragraphs → passages of a useful size: a paragraph shorter than <see cref="MinWords"/> joins
/// the next one (a one-line paragraph rarely answers anything alone), and one longer than
/// <see cref="MaxWords"/> is split at sentence ends into pieces of about <see cref="TargetWords"/>.
/// </summary>
public static class PassageSplitter
{
    public const int MinWords = 45;
    public const int TargetWords = 120;
    public const int MaxWords = 200;

    public static IReadOnlyList<Passage> Split(SourceDocument document)
    {
        var passages = new List<Passage>();
        var pending = new List<string>();
        var pendingParagraph = 0;
        var pendingWords = 0;

        void Emit()
        {
            if (pending.Count == 0)
            {
                return;
            }

            passages.Add(new Passage(document.RelativePath, passages.Count + 1, pendingParagraph, string.Join(' ', pending), document.Metadata));
            pending.Clear();
            pendingWords = 0;
        }

        for (var i = 0; i < document.Paragraphs.Count; i++)
        {
            var paragraph = document.Paragraphs[i];
            var words = DocumentParser.WordCount(paragraph);
            if (words > MaxWords)
            {
                Emit();
                foreach (var piece in Chunk(paragraph))
                {
                    passages.Add(new Passage(document.RelativePath, passages.Count + 1, i + 1, piece, document.Metadata));
                }

                continue;
            }

            if (pending.Count == 0)
            {
                pendingParagraph = i + 1;
            }

            pending.Add(paragraph);
            pendingWords += words;
            if (pendingWords >= MinWords)
            {
                Emit();
            }
        }

        // A short tail joins the passage before it rather than standing alone.
        if (pending.Count > 0 && passages.Count > 0
            && DocumentParser.WordCount(passages[^1].Text) + pendingWords <= MaxWords)
        {
            var last = passages[^1];
            passages[^1] = last with { Text = last.Text + " " + string.Join(' ', pending) };
            pending.Clear();
        }

        Emit();
        return passages;
    }

    private static IEnumerable<string> Chunk(string paragraph)
    {
        var current = new List<string>();
        var words = 0;
        foreach (var sentence in SentenceSplitter.Split(paragraph))
        {
            var w = DocumentParser.WordCount(sentence);
            if (words > 0 && words + w > TargetWords)
            {
                yield return string.Join(' ', current);
                current.Clear();
                words = 0;
            }

            current.Add(sentence);
            words += w;
        }

        if (current.Count > 0)
        {
            yield return string.Join(' ', current);
        }
    }
}
