using Bot.Knowledge.Analysis;
using Bot.Knowledge.Questions;
using Bot.Knowledge.Ranking;

namespace Bot.Knowledge.Tests.Questions;

public sealed class SpellingVariantsTests
{
    [Theory]
    [InlineData("colour", "color")]
    [InlineData("color", "colour")]
    [InlineData("defence", "defense")]
    [InlineData("defense", "defence")]
    [InlineData("organisation", "organization")]
    [InlineData("analyzed", "analysed")]
    [InlineData("centre", "center")]
    [InlineData("catalogue", "catalog")]
    [InlineData("travelled", "traveled")]
    [InlineData("colourful", "colorful")]
    public void Variants_include_the_other_standards_spelling(string word, string other) =>
        Assert.Contains(other, SpellingVariants.Of(word));

    [Theory]
    [InlineData("tour")]
    [InlineData("four")]
    [InlineData("rise")]
    [InlineData("S400")]
    public void Short_words_and_non_words_have_no_variants(string word) => Assert.Empty(SpellingVariants.Of(word));

    [Theory]
    [InlineData("The sanctions came on Dec. 14, 2020's eve", true)]
    [InlineData("It was signed on 6 May", true)]
    [InlineData("Talks resumed Sept 3", true)]
    [InlineData("They met on 14 Dec in Ankara", true)]
    [InlineData("Do not mar the surface", false)]
    public void Abbreviated_month_names_with_a_day_are_dates(string text, bool isDate) =>
        Assert.Equal(isDate, AnswerHints.Matches(QuestionKind.Date, text));
}
