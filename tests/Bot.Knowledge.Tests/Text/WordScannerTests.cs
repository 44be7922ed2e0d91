using System.Text;
using System.Text.RegularExpressions;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Text;

/// <summary>The hand-written scanner must find exactly the words the regular expression it replaced finds.</summary>
public sealed partial class WordScannerTests
{
    [GeneratedRegex(@"\d+(?:[.,]\d+)+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Oracle();

    // Characters where the two could disagree: separators next to digits, apostrophes next to
    // letters and digits, combining marks, other scripts' letters and digits, surrogates, spaces.
    private const string Alphabet = "aZé5٣½Ⅻ.,'’-  \u0301\u0663ğİışçöü한글عربي😀\uD800\uDC00x9_/\"";

    [Theory]
    [InlineData("")]
    [InlineData("Turkey's S-400 cost $2.5 billion (1,500 units).")]
    [InlineData("rock'n'roll 2.5.6 12, 13 .5 5. 1,2,3 a'1 '’x Erdoğan's 한국어 ١٢٣٫٤")]
    [InlineData("e\u0301te\u0301 ½ Ⅻ 😀 x²")]
    public void Finds_the_same_words_as_the_regular_expression(string text) =>
        Assert.Equal(OracleWords(text), ScannerWords(text));

    [Fact]
    public void Finds_the_same_words_as_the_regular_expression_on_random_text()
    {
        var random = new Random(20261122);
        for (var n = 0; n < 5000; n++)
        {
            var sb = new StringBuilder();
            for (var i = random.Next(0, 40); i > 0; i--)
            {
                sb.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            var text = sb.ToString();
            Assert.True(OracleWords(text).SequenceEqual(ScannerWords(text)), $"disagree on \"{text}\"");
        }
    }

    private static List<(int, int)> OracleWords(string text) =>
        Oracle().Matches(text).Select(m => (m.Index, m.Length)).ToList();

    private static List<(int, int)> ScannerWords(string text)
    {
        var result = new List<(int, int)>();
        var at = 0;
        while (WordScanner.Next(text, at, out var start, out var length))
        {
            result.Add((start, length));
            at = start + length;
        }

        return result;
    }
}
