using Bot.Knowledge.Answers;

namespace Bot.Knowledge.Tests.Search;

// Any string gets an answer or a clear message, never an exception, and user text never reaches MATCH raw.
public sealed class HostileInputTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    public static TheoryData<string> Hostile =>
    [
        "\"", "\"\"\"", "NEAR(", "NEAR(turkey s400, 2)", "AND OR NOT", "NOT turkey", "*", "turkey*", "col:term", "title:turkey",
        "^x", "{title body}: turkey", "turkey + s400", "(((", ")", "'; DROP TABLE passages; --", "😀🚀", "터키 S-400 구매",
        "تركيا اشترت صواريخ", "S-400 \0 NUL", "\u0001\u0002\u0003", "\ud83d", "a", "the of and", "?!?!", "-", "S-", "400",
        "passages_fts", "rank", "bm25(passages_fts)",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Hostile_input_gets_a_well_formed_reply(string input)
    {
        var answer = await fixture.Knowledge.AskAsync(input);
        AnswerShape.AssertWellFormed(answer);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData(null)]
    public async Task Empty_input_asks_for_a_question(string? input)
    {
        var answer = await fixture.Knowledge.AskAsync(input);
        Assert.Equal(AnswerStatus.NotAQuestion, answer.Status);
        Assert.Contains("Please ask a question", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_words_and_symbols_alone_ask_for_real_words()
    {
        var answer = await fixture.Knowledge.AskAsync("what is it? 😀");
        Assert.Equal(AnswerStatus.NotAQuestion, answer.Status);
    }

    [Fact]
    public async Task A_huge_question_is_refused_with_its_length()
    {
        var answer = await fixture.Knowledge.AskAsync(string.Concat(Enumerable.Repeat("sanctions S-400 ", 1250)));
        Assert.Equal(AnswerStatus.TooLong, answer.Status);
        Assert.Contains("20,000", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.Question.Length <= 200);
    }

    [Fact]
    public async Task Thousands_of_random_strings_never_throw()
    {
        var random = new Random(20261122);
        string[] pieces = ["\"", "NEAR", "(", ")", "*", ":", "^", "AND", "OR", "NOT", "-", "+", "'", "’", "\\", "\0", "\t", "\n", " ", "😀", "İ", "ğ", "ß",
            "터키", "العربية", "S-400", "CAATSA", "Erdoğan", "sanctions", "$2.5", "{", "}", "[", "]", ",", ".", "\u200B", "\uFEFF", "\ud800", "\udc00"];
        for (var i = 0; i < 3000; i++)
        {
            var length = random.Next(0, 12);
            var text = string.Concat(Enumerable.Range(0, length).Select(_ => random.Next(4) == 0
                ? ((char)random.Next(0, 0xFFFF)).ToString()
                : pieces[random.Next(pieces.Length)]));
            AnswerShape.AssertWellFormed(await fixture.Knowledge.AskAsync(text));
        }
    }
}
