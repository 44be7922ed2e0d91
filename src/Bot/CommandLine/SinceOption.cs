using System.Globalization;

namespace Bot.CommandLine;

// --since: "7d", "24h", "90m" back from now, or a UTC date "2026-03-01".
internal static class SinceOption
{
    public static DateTimeOffset Parse(string text, DateTimeOffset now)
    {
        var t = text.Trim();
        if (t.Length > 1 && int.TryParse(t.AsSpan(0, t.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
        {
            switch (char.ToLowerInvariant(t[^1]))
            {
                case 'd': return now.AddDays(-n);
                case 'h': return now.AddHours(-n);
                case 'm': return now.AddMinutes(-n);
            }
        }

        if (DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        throw new FormatException($"--since {text}: expected a period like 7d, 24h or 90m, or a date like 2026-03-01.");
    }
}
