using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("S-400", "S400")]
    [InlineData("S-400", "S 400")]
    [InlineData("S-400", "S-400s")]
    [InlineData("S-400", "s400s")]
    [InlineData("F-35", "F35")]
    [InlineData("Erdoğan", "Erdogan")]
    [InlineData("İsmail", "Ismail")]
    [InlineData("ısmail", "Ismail")]
    [InlineData("Turkey's", "Turkey’s")]
    [InlineData("Turkey's", "Turkey")]
    [InlineData("sanctions", "sanctioned")]
    [InlineData("1,500", "1500")]
    [InlineData("say", "said")]
    [InlineData("pay", "paid")]
    [InlineData("buying", "bought")]
    [InlineData("leads", "led")]
    public void Variants_fold_to_the_same_stem(string a, string b) =>
        Assert.Equal(Stems(a), Stems(b));

    [Theory]
    [InlineData("used", "US")]
    [InlineData("using", "us")]
    [InlineData("ages", "AG")]
    public void Longer_words_never_stem_onto_two_letter_words(string word, string shortWord) =>
        Assert.NotEqual(Stems(word), Stems(shortWord));

    [Theory]
    [InlineData("in 2017", 2)]
    [InlineData("a 400", 2)]
    [InlineData("$2.5 billion", 2)]
    public void Ordinary_words_before_numbers_are_not_merged(string text, int count) =>
        Assert.Equal(count, Tokenizer.Tokenize(text).Count);

    [Fact]
    public void A_merged_designator_spans_its_original_characters()
    {
        var token = Assert.Single(Tokenizer.Tokenize("the S-400s"), t => t.Term == "s400");
        Assert.Equal("S-400s", "the S-400s".Substring(token.Start, token.Length));
    }

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalization", "gener")]
    [InlineData("hopefulness", "hope")]
    [InlineData("electricity", "electr")]
    [InlineData("agreed", "agre")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("adjustment", "adjust")]
    [InlineData("controlling", "control")]
    [InlineData("rolling", "roll")]
    public void Porter_stemmer_matches_the_published_examples(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));

    private static string[] Stems(string text) => Tokenizer.Tokenize(text).Select(t => t.Stem).ToArray();
}
