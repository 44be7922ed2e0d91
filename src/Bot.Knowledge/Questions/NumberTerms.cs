using System.Text.RegularExpressions;

namespace Bot.Knowledge.Questions;

// Numbers in a question as the analysis chain leaves them: "1805", "3,792,261" → "3792261",
// "3.3" → "3p3" (a decimal point becomes a letter so the number stays one term), "14th", "1990s".
internal static partial class NumberTerms
{
    [GeneratedRegex(@"^(?<whole>\d+)(p\d+)*(?<suffix>st|nd|rd|th|s)?$")]
    private static partial Regex Number();

    // A number that states a particular fact: a year, an amount, a measurement, an ordinal.
    public static bool IsSpecific(string term)
    {
        var match = Number().Match(term);
        if (!match.Success)
        {
            return false;
        }

        // A plain count below 100 may be spelt out in the text ("the 5 campuses", "five campuses"), so its
        // digits being absent says nothing; a year, a population, a measurement or an ordinal is written in digits.
        var smallCount = match.Groups["whole"].Length == term.Length && term.Length <= 2;
        return !smallCount;
    }
}
