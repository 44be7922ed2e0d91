using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Text;

public sealed class WordFormsTests
{
    [Fact]
    public void A_flood_of_distinct_words_stays_within_the_bound_and_is_still_stemmed()
    {
        // More distinct spellings than the memo keeps: past the bound they are computed, not kept.
        var random = new Random(5);
        var words = Enumerable.Range(0, WordForms.Capacity + 5_000)
            .Select(i => new string(Enumerable.Range(0, 9).Select(_ => (char)('a' + random.Next(26))).ToArray()) + "ing")
            .ToList();

        foreach (var word in words)
        {
            var (term, stem) = WordForms.Of(word);
            Assert.Equal(word, term);
            Assert.Equal(Tokenizer.StemOf(word), stem);
        }

        Assert.InRange(WordForms.Count, 1, WordForms.Capacity);
    }

    [Fact]
    public void A_remembered_word_gives_the_same_forms_as_computing_them()
    {
        foreach (var word in new[] { "Turkey's", "Erdoğan", "S-400", "1,500", "said", "sanctions", "İsmail" })
        {
            var first = WordForms.Of(word);
            var again = WordForms.Of(word);
            var term = Tokenizer.Fold(word);
            Assert.Equal((term, term.Length == 0 ? "" : Tokenizer.StemOf(term)), first);
            Assert.Equal(first, again);
        }
    }
}
