using Bot.Knowledge.Documents;
using Bot.Knowledge.Passages;
using Bot.Testing;

namespace Bot.Knowledge.Tests.Documents;

// The bundled articles are scraped pages: everything but the article must go, every sentence of it must stay.
public sealed class SeedCleaningTests
{
    private static readonly IReadOnlyList<SourceDocument> Seeds = new FolderDocumentSource(TestPaths.Seeds)
        .Read(_ => { }, default).Select(DocumentParser.Parse).ToList();

    public static TheoryData<string> Furniture =>
    [
        "본문 바로가기", "bar_progress", "Text Size", "Join us on social", "Frankfurt am Main", "Patreon", "More News",
        "Advertisement", "READ:", "Legg inn en kommentar", "All rights reserved", "Photo: Vitaly Nevar",
    ];

    [Theory]
    [MemberData(nameof(Furniture))]
    public void No_passage_contains_page_furniture(string furniture)
    {
        var passages = Seeds.SelectMany(PassageSplitter.Split).ToList();
        Assert.NotEmpty(passages);
        Assert.DoesNotContain(passages, p => p.Text.Contains(furniture, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_prose_line_of_every_seed_survives_in_a_passage()
    {
        foreach (var file in Directory.GetFiles(TestPaths.Seeds))
        {
            var passages = PassageSplitter.Split(DocumentParser.Parse(new DocumentFile(Path.GetFileName(file), File.ReadAllText(file), 0, default)));
            var text = string.Join(' ', passages.Select(p => p.Text));
            foreach (var line in File.ReadAllLines(file).Select(l => l.Replace('\u00A0', ' ').Trim()).Where(l => DocumentParser.WordCount(l) >= 20))
            {
                // A bracketed byline before the first sentence is metadata, not body.
                var body = line.StartsWith('[') ? line[(line.IndexOf(']', StringComparison.Ordinal) + 1)..].Trim() : line;
                Assert.Contains(string.Join(' ', body.Split(' ', StringSplitOptions.RemoveEmptyEntries)), text, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("000_cdf0fc9c4ec82876.txt", "Russia, \"S-400 Sold to Turkey Cannot Be Exported to the United States\"")]
    [InlineData("001_52611cdd7a59c15e.txt", "Turkey has no intention of abandoning Russian S-400 missile system: official")]
    [InlineData("002_088c51889cfd21ad.txt", "Putin, Erdogan Discuss \"Broadening\" S-400 Cooperation Amidst U.S. Threat to Increase Sanctions Against Turkey")]
    [InlineData("003_0cf364615f608e46.txt", "US maintains firm stance on Turkey's purchase of S-400 Russian missile system")]
    [InlineData("004_571803df5c3c6925.txt", "Turkey considers buying the second regiment of S-400s from Russia")]
    public void The_title_is_the_headline(string file, string title) =>
        Assert.Equal(title, Seeds.Single(d => d.RelativePath == file).Metadata.Title);

    [Theory]
    [InlineData("002_088c51889cfd21ad.txt", "2021-09-30")]
    [InlineData("003_0cf364615f608e46.txt", "2021-02-06")]
    [InlineData("004_571803df5c3c6925.txt", "2021-03-03")]
    [InlineData("001_52611cdd7a59c15e.txt", null)]
    public void The_publication_date_is_read_where_written_and_never_invented(string file, string? date) =>
        Assert.Equal(date, Seeds.Single(d => d.RelativePath == file).Metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("000_cdf0fc9c4ec82876.txt", "The Asia Business Daily")]
    [InlineData("001_52611cdd7a59c15e.txt", "Turkish Minute")]
    [InlineData("002_088c51889cfd21ad.txt", "Defenseworld.net")]
    [InlineData("003_0cf364615f608e46.txt", null)]
    public void The_publisher_is_read_where_the_text_names_it(string file, string? source) =>
        Assert.Equal(source, Seeds.Single(d => d.RelativePath == file).Metadata.Source);

    [Fact]
    public void Authors_are_read_from_bylines()
    {
        Assert.Equal("Bhavya Sukheja", Seeds.Single(d => d.RelativePath.StartsWith("003", StringComparison.Ordinal)).Metadata.Author);
        Assert.Equal("Hyunwoo Lee", Seeds.Single(d => d.RelativePath.StartsWith("000", StringComparison.Ordinal)).Metadata.Author);
    }

    [Fact]
    public void A_standfirst_repeated_as_the_lede_appears_once()
    {
        var passages = PassageSplitter.Split(Seeds.Single(d => d.RelativePath.StartsWith("003", StringComparison.Ordinal)));
        var all = string.Join(' ', passages.Select(p => p.Text));
        const string lede = "US President Joe Biden’s administration is maintaining tough stance";
        Assert.Equal(all.IndexOf(lede, StringComparison.Ordinal), all.LastIndexOf(lede, StringComparison.Ordinal));
    }
}
