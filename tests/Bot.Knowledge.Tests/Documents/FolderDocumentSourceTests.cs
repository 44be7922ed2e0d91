using System.Text;
using Bot.Knowledge.Documents;
using Bot.Testing;

namespace Bot.Knowledge.Tests.Documents;

public sealed class FolderDocumentSourceTests
{
    [Fact]
    public void Reads_utf8_with_and_without_bom_and_reports_undecodable_files_by_name()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(folder.File("bom.txt"), [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Erdoğan with BOM")]);
        File.WriteAllText(folder.File("plain.md"), "İsmail without BOM");
        File.WriteAllBytes(folder.File("latin1.txt"), [0x45, 0x72, 0x64, 0x6F, 0xF0, 0x61, 0x6E]); // not UTF-8
        File.WriteAllText(folder.File("ignored.png"), "not a document type we read");
        var skipped = new List<SkippedFile>();

        var files = new FolderDocumentSource(folder.Path).Read(skipped.Add, default).ToList();

        Assert.Equal(["bom.txt", "plain.md"], files.Select(f => f.RelativePath));
        Assert.Equal("Erdoğan with BOM", files[0].Text);
        Assert.Equal("latin1.txt", Assert.Single(skipped).RelativePath);
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        var e = Assert.Throws<CorpusException>(() => new FolderDocumentSource("/no/such/folder").List());
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_folder_is_a_clear_error_not_an_empty_index()
    {
        using var folder = new TempFolder();
        var e = Assert.Throws<CorpusException>(() => new FolderDocumentSource(folder.Path).List());
        Assert.Contains("no documents to index", e.Message, StringComparison.Ordinal);
    }
}
