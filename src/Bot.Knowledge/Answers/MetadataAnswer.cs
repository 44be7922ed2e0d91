using System.Globalization;
using Bot.Knowledge.Questions;
using Bot.Knowledge.Ranking;

namespace Bot.Knowledge.Answers;

// The answer to a question about a document ("who wrote …", "which outlet …", "when was … published")
// from the best passage's document metadata: "Written by A. Writer for City Gazette, 6 May 2024".
internal static class MetadataAnswer
{
    public static string? For(MetadataField field, Candidate top)
    {
        var m = top.Metadata;
        var date = m.Published?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var has = field switch
        {
            MetadataField.Author => m.Author is not null,
            MetadataField.Publisher => m.Source is not null,
            MetadataField.Date => date is not null,
            _ => false,
        };
        if (!has)
        {
            return null;
        }

        var parts = new List<string>();
        if (m.Author is { } author)
        {
            parts.Add("Written by " + author + (m.Source is { } s ? " for " + s : ""));
        }
        else if (m.Source is { } source)
        {
            parts.Add("Published by " + source);
        }
        else
        {
            parts.Add("Published");
        }

        var line = date is null ? parts[0] : parts[0] + (parts[0] == "Published" ? " on " : ", ") + date;
        return $"{line} (\"{m.Title}\").";
    }
}
