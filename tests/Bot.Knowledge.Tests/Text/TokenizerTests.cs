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
        Assert.Equal(stem, Tokenizer.StemOf(word));

    [Theory]
    [InlineData("postMessage", new[] { "postmessage", "post", "message" })]
    [InlineData("chat.postMessage", new[] { "chat.postmessage", "chat", "post", "message", "postmessage" })]
    [InlineData("signing_secret", new[] { "signing_secret", "signing", "secret" })]
    public void Code_identifiers_add_their_parts_and_keep_the_whole(string text, string[] terms) =>
        Assert.Equal(terms, Tokenizer.Terms(text).ToArray());

    [Theory]
    [InlineData("U.S. forces")]
    [InlineData("e.g. this")]
    [InlineData("iPhone sales")]
    public void Abbreviations_and_brand_names_are_not_split_into_letters(string text) =>
        Assert.DoesNotContain(Tokenizer.Terms(text), t => t.Length == 1);

    [Fact]
    public void Asking_about_post_message_finds_the_stems_of_postMessage()
    {
        var identifier = Stems("Call chat.postMessage with the token");
        Assert.Contains(Stems("post")[0], identifier);
        Assert.Contains(Stems("message")[0], identifier);
    }

    private static string[] Stems(string text) => Tokenizer.Tokenize(text).Select(t => t.Stem).ToArray();
}
