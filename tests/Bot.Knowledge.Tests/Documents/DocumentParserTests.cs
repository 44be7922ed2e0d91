using Bot.Knowledge.Documents;
using Bot.Knowledge.Passages;

namespace Bot.Knowledge.Tests.Documents;

public sealed class DocumentParserTests
{
    private const string Body = "The committee approved the new budget after a long debate that lasted well into the night on Tuesday.";

    private static SourceDocument Parse(string text, string name = "doc.txt") => DocumentParser.Parse(new DocumentFile(name, text, text.Length, default));

    [Fact]
    public void Front_matter_overrides_what_is_inferred()
    {
        var doc = Parse($"---\ntitle: Budget passes\nsource: City Gazette\ndate: 2024-05-06\nurl: https://example.org/budget\nauthor: A. Writer\n---\nA headline nobody should pick\n\n{Body}\n");
        Assert.Equal(new DocumentMetadata("Budget passes", "City Gazette", new DateOnly(2024, 5, 6), "A. Writer", "https://example.org/budget"), doc.Metadata);
        Assert.Equal([Body], doc.Paragraphs);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Line_endings_do_not_matter(string newline)
    {
        var doc = Parse($"Council approves budget{newline}{newline}{Body}{newline}{newline}{Body.Replace("budget", "plan", StringComparison.Ordinal)}");
        Assert.Equal("Council approves budget", doc.Metadata.Title);
        Assert.Equal(2, doc.Paragraphs.Count);
    }

    [Fact]
    public void Markdown_headings_links_and_emphasis_are_plain_text()
    {
        var doc = Parse($"# The Budget\n\n## Background\n\nThe **committee** approved [the new budget](https://example.org) after a long debate that lasted well into the night.\n", "notes.md");
        Assert.Equal("The Budget", doc.Metadata.Title);
        Assert.Equal(["The committee approved the new budget after a long debate that lasted well into the night."], doc.Paragraphs);
    }

    [Fact]
    public void Wrapped_lines_of_one_paragraph_are_joined()
    {
        var doc = Parse("A title line\n\nThe committee approved the new budget\nafter a long debate that lasted\nwell into the night on Tuesday.\n");
        Assert.Equal([Body], doc.Paragraphs);
    }

    [Theory]
    [InlineData("Share this article")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("© 2024 City Gazette. All rights reserved.")]
    [InlineData("READ: Ten things you missed this week")]
    [InlineData("Photo: Jane Doe / Agency")]
    [InlineData("Advertisement")]
    [InlineData("Leave a comment")]
    [InlineData("Follow us on social media")]
    public void Page_furniture_is_dropped(string furniture)
    {
        var doc = Parse($"Council approves budget\n\n{Body}\n\n{furniture}\n\n{Body.Replace("Tuesday", "Friday", StringComparison.Ordinal)}\n");
        Assert.DoesNotContain(doc.Paragraphs, p => p.Contains(furniture, StringComparison.Ordinal));
        Assert.Equal(2, doc.Paragraphs.Count);
    }

    [Fact]
    public void A_real_sentence_that_mentions_sharing_is_kept()
    {
        const string sentence = "Officials said they would share the intelligence with allies before the summit next week.";
        Assert.Contains(sentence, Parse($"Title here please\n\n{sentence}\n").Paragraphs);
    }

    [Fact]
    public void Without_a_headline_the_title_comes_from_the_file_name()
    {
        Assert.Equal("city budget notes", Parse(Body, "city_budget-notes.txt").Metadata.Title);
    }

    [Fact]
    public void Long_paragraphs_are_split_at_sentence_ends_and_tiny_ones_merged()
    {
        var longParagraph = string.Join(' ', Enumerable.Range(1, 40).Select(i => $"Sentence number {i} says something about the budget."));
        var doc = Parse($"Title of the piece\n\nShort intro line here.\n\n{longParagraph}\n");
        var passages = PassageSplitter.Split(doc);
        Assert.True(passages.Count >= 2);
        Assert.All(passages, p => Assert.True(DocumentParser.WordCount(p.Text) <= PassageSplitter.MaxWords));
        Assert.All(passages, p => Assert.EndsWith(".", p.Text, StringComparison.Ordinal));
        Assert.Equal(string.Join(' ', doc.Paragraphs), string.Join(' ', passages.Select(p => p.Text)));
    }

    [Theory]
    [InlineData("He met the U.S. envoy on Feb. 6 in Washington. They talked for 2.5 hours.", 2)]
    [InlineData("“We will wait,” he said. The talks continue.", 2)]
    [InlineData("John F. Kennedy spoke. Nothing else happened.", 2)]
    public void Sentences_split_at_real_ends_only(string text, int count) =>
        Assert.Equal(count, SentenceSplitter.Split(text).Count);
}
