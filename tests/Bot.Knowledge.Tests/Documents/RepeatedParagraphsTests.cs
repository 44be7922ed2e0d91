using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Tests.Documents;

public sealed class RepeatedParagraphsTests
{
    [Fact]
    public void A_paragraph_a_longer_one_repeats_is_dropped_wherever_it_stands()
    {
        var standfirst = "Turkey has received the first S-400 batteries from Russia despite US warnings.";
        var paragraphs = new List<string>
        {
            standfirst,
            "Ankara says the purchase is a sovereign decision and will not be reversed under pressure.",
            "Short line.",
            "Officials said: " + standfirst + " The delivery took place at an air base near the capital.",
            "Short line.",
            "Short line. And more words after it, so that this paragraph is longer than the window.",
        };

        RepeatedParagraphs.Remove(paragraphs);

        Assert.DoesNotContain(standfirst, paragraphs);
        Assert.DoesNotContain("Short line.", paragraphs);
        Assert.Equal(3, paragraphs.Count);
    }

    [Fact]
    public void Equal_paragraphs_are_not_dropped_by_each_other()
    {
        var paragraph = "The same paragraph twice, long enough to have a full window of characters.";
        var paragraphs = new List<string> { paragraph, paragraph };

        RepeatedParagraphs.Remove(paragraphs);

        Assert.Equal(2, paragraphs.Count);
    }

    [Fact]
    public void Drops_exactly_what_comparing_every_pair_drops()
    {
        // Paragraphs made of a few shared sentences, so containment happens often and at every offset.
        var sentences = new[] { "Alpha beta gamma delta.", "The S-400 was delivered in July 2019.", "x", "Sanctions followed under CAATSA.", "Ankara disagreed.", "Erdoğan spoke to reporters at length about it." };
        var random = new Random(7);
        for (var round = 0; round < 300; round++)
        {
            var paragraphs = Enumerable.Range(0, random.Next(1, 12))
                .Select(_ => string.Join(' ', Enumerable.Range(0, random.Next(1, 5)).Select(_ => sentences[random.Next(sentences.Length)])))
                .ToList();
            var expected = paragraphs.Where(p => !paragraphs.Any(o => o.Length > p.Length && o.Contains(p, StringComparison.Ordinal))).ToList();

            RepeatedParagraphs.Remove(paragraphs);

            Assert.Equal(expected, paragraphs);
        }
    }
}
