using System.Text.RegularExpressions;
using Bot.Knowledge.Questions;

namespace Bot.Knowledge.Ranking;

// Does a piece of text contain the kind of thing the question asks for (an amount, a date, a name…)?
internal static partial class AnswerHints
{
    [GeneratedRegex(@"[$€£¥₺]\s?\d|\d\s?(%|percent|per cent)|\b\d[\d.,]*\s*(million|billion|trillion|thousand|dollars|euros|pounds|lira|rubles?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b\d[\d.,]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens?|hundreds?|thousands?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [GeneratedRegex(@"\b(1[89]|20)\d\d\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|last (week|month|year))\b|\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    // Two capitalised words in a row, not at the start of the text: a name.
    [GeneratedRegex(@"(?<!^)(?<![.!?]\s)\b\p{Lu}[\p{Ll}\p{Lu}'’\-]+\s+\p{Lu}[\p{Ll}'’\-]+")]
    private static partial Regex Name();

    [GeneratedRegex(@"\b(in|at|from|near|to)\s+\p{Lu}\p{Ll}+")]
    private static partial Regex Place();

    public static bool Matches(QuestionKind kind, string text) => kind switch
    {
        QuestionKind.Amount => Amount().IsMatch(text),
        QuestionKind.Count => Count().IsMatch(text),
        QuestionKind.Date => Date().IsMatch(text),
        QuestionKind.Person => Name().IsMatch(text),
        QuestionKind.Place => Place().IsMatch(text),
        _ => false,
    };
}
