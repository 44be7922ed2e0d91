using Bot.Knowledge.Documents;
using Bot.Knowledge.Passages;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bot.Knowledge.Tests.Documents;

public sealed class DocxReaderTests
{
    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new W.Text(text)));

    private static Paragraph Plain(string text) => new(new Run(new W.Text(text)));

    private static Paragraph Item(string text, int level = 0) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = 1 })), new Run(new W.Text(text)));

    private static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(Plain(c))));

    // A DOCX with heading styles defined the way Word names them ("heading 1" with id Heading1).
    private static byte[] Handbook(bool withCoreTitle)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                new Style(new StyleName { Val = "Title" }) { StyleId = "Title", Type = StyleValues.Paragraph },
                new Style(new StyleName { Val = "heading 1" }) { StyleId = "Heading1", Type = StyleValues.Paragraph },
                new Style(new StyleName { Val = "heading 2" }) { StyleId = "Heading2", Type = StyleValues.Paragraph });
            main.Document = new Document(new Body(
                Styled("Title", "Volunteer handbook"),
                Styled("Heading1", "Shifts"),
                Plain("Shifts start at eight and last four hours; swap them in the rota app."),
                Styled("Heading2", "Before a shift"),
                Plain("Bring:"),
                Item("Badge"),
                Item("Water"),
                Item("Gloves for the sorting area", 1),
                Styled("Heading1", "Contacts"),
                new Table(Row("Role", "Phone"), Row("Coordinator", "555-0100"), Row("First aid", "555-0199"))));
            if (withCoreTitle)
            {
                document.PackageProperties.Title = "Handbook 2025";
            }

            document.PackageProperties.Creator = "Food Bank Staff";
            document.PackageProperties.Created = new DateTime(2025, 1, 15, 9, 0, 0, DateTimeKind.Utc);
        }

        return stream.ToArray();
    }

    private static SourceDocument Read(byte[] docx) => DocumentParser.Parse(new DocumentFile("handbook.docx", "", docx.Length, default) { Bytes = docx });

    [Fact]
    public void Headings_by_style_paragraphs_lists_and_tables_become_passages_with_section_paths()
    {
        var passages = PassageSplitter.Split(Read(Handbook(withCoreTitle: false)));

        Assert.Equal(
            [
                ("Shifts", PassageKind.Prose, "Shifts start at eight and last four hours; swap them in the rota app."),
                ("Shifts › Before a shift", PassageKind.List, "Bring:\n- Badge\n- Water\n  - Gloves for the sorting area"),
                ("Contacts", PassageKind.Table, "Contacts (Role — Phone)\nCoordinator — 555-0100.\nFirst aid — 555-0199."),
            ],
            passages.Select(p => (p.Section, p.Kind, p.Text)));
        Assert.Equal("Volunteer handbook", passages[0].Metadata.Title);
    }

    [Fact]
    public void Core_properties_give_title_author_and_date()
    {
        var metadata = Read(Handbook(withCoreTitle: true)).Metadata;

        Assert.Equal("Handbook 2025", metadata.Title);
        Assert.Equal("Food Bank Staff", metadata.Author);
        Assert.Equal(new DateOnly(2025, 1, 15), metadata.Published);
    }

    [Fact]
    public void A_damaged_docx_is_skipped_with_a_warning_naming_it()
    {
        using var folder = new Bot.Testing.TempFolder();
        File.WriteAllBytes(folder.File("good.docx"), Handbook(withCoreTitle: true));
        File.WriteAllBytes(folder.File("damaged.docx"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02]);
        var skipped = new List<SkippedFile>();

        var files = new FolderDocumentSource(folder.Path).Read(skipped.Add, default).ToList();

        Assert.Equal(["good.docx"], files.Select(f => f.RelativePath));
        var problem = Assert.Single(skipped);
        Assert.Equal("damaged.docx", problem.RelativePath);
        Assert.Contains("not a readable DOCX", problem.Reason, StringComparison.Ordinal);
    }
}
