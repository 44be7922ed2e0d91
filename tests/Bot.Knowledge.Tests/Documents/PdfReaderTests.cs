using Bot.Knowledge.Documents;
using Bot.Knowledge.Passages;
using Bot.Testing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Bot.Knowledge.Tests.Documents;

public sealed class PdfReaderTests
{
    private static readonly string[] FirstPage =
    [
        "The pump must be primed before the first start. Fill the housing",
        "with clean water through the priming plug until it overflows.",
    ];

    private static readonly string[] SecondPage =
    [
        "Check the seals every six months and replace them when they leak.",
        "A worn seal lets air into the housing and the pump loses prime.",
    ];

    // A two-page PDF: a large heading and a paragraph on each page.
    private static byte[] Manual(string? infoTitle, string? author)
    {
        using var builder = new PdfDocumentBuilder();
        if (infoTitle is not null)
        {
            builder.DocumentInformation.Title = infoTitle;
        }

        if (author is not null)
        {
            builder.DocumentInformation.Author = author;
        }

        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var (heading, lines) in new[] { ("Priming the pump", FirstPage), ("Maintenance", SecondPage) })
        {
            var page = builder.AddPage(595, 842);
            page.AddText(heading, 22, new PdfPoint(60, 760), font);
            for (var i = 0; i < lines.Length; i++)
            {
                page.AddText(lines[i], 11, new PdfPoint(60, 720 - i * 14), font);
            }
        }

        return builder.Build();
    }

    private static SourceDocument Read(byte[] pdf, string name = "manual.pdf") =>
        DocumentParser.Parse(new DocumentFile(name, "", pdf.Length, default) { Bytes = pdf });

    [Fact]
    public void Text_is_read_per_page_in_order_and_every_passage_names_its_page()
    {
        var passages = PassageSplitter.Split(Read(Manual("Pump field manual", "Ada Engineer")));

        var first = Assert.Single(passages, p => p.Page == 1);
        Assert.Equal(string.Join(' ', FirstPage), first.Text);
        Assert.Equal("Priming the pump", first.Section);
        var second = Assert.Single(passages, p => p.Page == 2);
        Assert.Equal(string.Join(' ', SecondPage), second.Text);
        Assert.Equal("Maintenance", second.Section);
        Assert.Equal("Pump field manual", first.Metadata.Title);
        Assert.Equal("Ada Engineer", first.Metadata.Author);
    }

    [Fact]
    public void Without_document_information_the_title_is_the_first_heading_like_line()
    {
        Assert.Equal("Priming the pump", Read(Manual(null, null)).Metadata.Title);
    }

    [Fact]
    public void A_pdf_without_a_text_layer_is_skipped_with_a_warning_naming_it()
    {
        using var folder = new TempFolder();
        using (var builder = new PdfDocumentBuilder())
        {
            builder.AddPage(595, 842).DrawRectangle(new PdfPoint(50, 50), 200, 100);
            File.WriteAllBytes(folder.File("scan.pdf"), builder.Build());
        }

        File.WriteAllBytes(folder.File("manual.pdf"), Manual("Pump field manual", null));
        File.WriteAllText(folder.File("broken.pdf"), "%PDF-1.7 this is not really a PDF");
        var skipped = new List<SkippedFile>();

        var files = new FolderDocumentSource(folder.Path).Read(skipped.Add, default).ToList();

        Assert.Equal(["manual.pdf"], files.Select(f => f.RelativePath));
        Assert.Equal(["broken.pdf", "scan.pdf"], skipped.Select(s => s.RelativePath));
        Assert.Contains("no text layer", skipped[1].Reason, StringComparison.Ordinal);
        Assert.Contains("not a readable PDF", skipped[0].Reason, StringComparison.Ordinal);
    }
}
