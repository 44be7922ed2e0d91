using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Bot.Knowledge.Documents;

// A PDF's text layer, page by page, in reading order: PdfPig's word extractor, Docstrum's text
// blocks and its reading-order detector (columns come out one after the other, not interleaved).
// A short block in a clearly larger font than the page's body text is a heading. Every block
// carries its page. No OCR: a PDF without a text layer gives no blocks and is skipped by name.
internal static class PdfReader
{
    // How much larger than the body text a line must be to count as a heading.
    private const double HeadingScale = 1.2;

    public const string NoTextLayer = "the PDF has no text layer (a scan?); OCR is not supported";

    public static SourceDocument Read(DocumentFile file)
    {
        using var pdf = PdfDocument.Open(file.Bytes!.Value.ToArray());
        var blocks = new BlockCollector();
        string? firstHeading = null;
        foreach (var page in pdf.GetPages())
        {
            if (page.Letters.Count == 0)
            {
                continue;
            }

            blocks.Page = page.Number;
            var body = Median(page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).Select(l => l.PointSize));
            var words = NearestNeighbourWordExtractor.Instance.GetWords(page.Letters);
            var textBlocks = UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(words));
            foreach (var block in textBlocks)
            {
                var text = Text(block);
                var size = Median(block.TextLines.SelectMany(l => l.Words).SelectMany(w => w.Letters).Select(l => l.PointSize));
                if (block.TextLines.Count <= 2 && DocumentParser.WordCount(text) <= 15 && size >= body * HeadingScale && text[^1] is not ('.' or ','))
                {
                    firstHeading ??= text;
                    // Never level 1: the collector would take it as the title and drop it from the
                    // section paths, while a PDF's first big line is as often a chapter as a title.
                    blocks.Heading(size >= body * 1.6 ? 2 : 3, text);
                }
                else
                {
                    blocks.Prose(text);
                }
            }
        }

        var info = pdf.Information;
        var metadata = new DocumentMetadata(
            NullIfEmpty(info.Title) ?? blocks.Title ?? firstHeading ?? DocumentParser.TitleFromPath(file.RelativePath),
            blocks.Publisher,
            info.GetCreatedDateTimeOffset() is { } created ? DateOnly.FromDateTime(created.UtcDateTime) : null,
            NullIfEmpty(info.Author),
            null);
        return new SourceDocument(file.RelativePath, metadata, blocks.Blocks) { Problem = blocks.Blocks.Count == 0 ? NoTextLayer : null };
    }

    // A block's lines as running text; a word hyphenated at a line end is joined again.
    private static string Text(TextBlock block)
    {
        var sb = new StringBuilder();
        foreach (var line in block.TextLines)
        {
            var text = line.Text.Trim();
            if (sb.Length > 0 && sb[^1] == '-' && sb.Length > 1 && char.IsLetter(sb[^2]) && text.Length > 0 && char.IsLower(text[0]))
            {
                sb.Length--;
            }
            else if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(text);
        }

        return sb.ToString();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
