using System.Globalization;
using Bot.Knowledge.Answers;

namespace Bot.Chat.Conversations;

// A turn's citations as the question log keeps them, and back. The follow-up logic
// (Bot.Knowledge.Questions.FollowUp.PreferCited) uses an earlier citation's document, paragraph and
// number only, so that is what is stored; a citation read back carries no excerpt or metadata.
internal static class StoredCitations
{
    public static List<string> Encode(IEnumerable<Citation> citations) =>
        citations
            .Where(c => !c.Document.Contains('\n', StringComparison.Ordinal))
            .Select(c => string.Join('\t',
                c.Number.ToString(CultureInfo.InvariantCulture),
                c.Paragraph.ToString(CultureInfo.InvariantCulture),
                c.Page?.ToString(CultureInfo.InvariantCulture) ?? "",
                c.Document))
            .ToList();

    // Lines that do not parse (a file edited by hand) are left out rather than failing the question.
    public static List<Citation> Decode(IEnumerable<string> lines)
    {
        var citations = new List<Citation>();
        foreach (var line in lines)
        {
            var parts = line.Split('\t', 4);
            if (parts.Length == 4
                && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var paragraph)
                && parts[3].Length > 0)
            {
                int? page = int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : null;
                citations.Add(new Citation(number, parts[3], parts[3], null, null, null, null, paragraph, "", [], "", 0, Page: page));
            }
        }

        return citations;
    }
}
