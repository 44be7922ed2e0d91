using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Knowledge.Documents;

// Finds a written date: "03 March 2021", "February 6th, 2021", "September 30, 2021", "Feb. 6, 2021", "2021-03-03".
internal static partial class DateParser
{
    private const string Month = @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    private const string Day = @"(?<day>[0-3]?\d)(?:st|nd|rd|th)?\.?";
    private const string Year = @"(?<year>(?:19|20)\d\d)";

    [GeneratedRegex(@"\b(?<year>(?:19|20)\d\d)-(?<month>[01]\d)-(?<day>[0-3]\d)\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b" + Day + @"\s+" + Month + @",?\s+" + Year + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b" + Month + @"\s+" + Day + @",?\s+" + Year + @"\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    public static DateOnly? Find(string text)
    {
        var iso = Iso().Match(text);
        if (iso.Success && TryMake(iso.Groups["year"].Value, int.Parse(iso.Groups["month"].Value, CultureInfo.InvariantCulture), iso.Groups["day"].Value, out var d))
        {
            return d;
        }

        foreach (var regex in new[] { DayMonthYear(), MonthDayYear() })
        {
            var m = regex.Match(text);
            if (m.Success && TryMake(m.Groups["year"].Value, MonthNumber(m.Groups["month"].Value), m.Groups["day"].Value, out d))
            {
                return d;
            }
        }

        return null;
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, _ => 12,
    };

    private static bool TryMake(string year, int month, string day, out DateOnly date)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        date = default;
        if (d < 1 || month < 1 || month > 12 || d > DateTime.DaysInMonth(y, month))
        {
            return false;
        }

        date = new DateOnly(y, month, d);
        return true;
    }
}
