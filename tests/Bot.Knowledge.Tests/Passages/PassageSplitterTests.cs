using Bot.Knowledge.Documents;
using Bot.Knowledge.Passages;

namespace Bot.Knowledge.Tests.Passages;

public sealed class PassageSplitterTests
{
    private static IReadOnlyList<Passage> Split(string name, string text, int maxChars = PassageLimits.DefaultMaxChars) =>
        PassageSplitter.Split(DocumentParser.Parse(new DocumentFile(name, text, text.Length, default)) with { MaxPassageChars = maxChars });

    [Theory]
    [InlineData("huge.txt")]
    [InlineData("huge.md")]
    public void A_huge_line_without_a_sentence_end_becomes_many_bounded_passages_losing_no_word(string name)
    {
        var words = Enumerable.Range(0, 400_000).Select(i => "word" + i).ToList(); // about 4 MB, one line, no full stop
        var passages = Split(name, string.Join(' ', words));

        Assert.True(passages.Count > 1000);
        Assert.All(passages, p => Assert.InRange(p.Text.Length, 1, PassageLimits.DefaultMaxChars));
        Assert.Equal(words, passages.SelectMany(p => p.Text.Split(' ')));
    }

    [Fact]
    public void A_huge_word_is_cut_at_the_limit()
    {
        var passages = Split("blob.md", new string('x', 10_000), maxChars: 1000);
        Assert.Equal(10, passages.Count);
        Assert.All(passages, p => Assert.Equal(1000, p.Text.Length));
    }

    [Fact]
    public void A_long_code_block_is_split_between_lines_not_inside_them()
    {
        var lines = Enumerable.Range(0, 200).Select(i => $"console.log('line number {i}');").ToList();
        var passages = Split("code.md", "```js\n" + string.Join('\n', lines) + "\n```\n", maxChars: 500);

        Assert.True(passages.Count > 1);
        Assert.All(passages, p => Assert.True(p.Text.Length <= 500 && p.Kind == PassageKind.Code && p.Language == "js"));
        Assert.Equal(lines, passages.SelectMany(p => p.Text.Split('\n')));
    }
}
