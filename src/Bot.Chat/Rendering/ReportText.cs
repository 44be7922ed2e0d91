using System.Globalization;
using System.Text;
using Bot.Chat.Questions;
using Bot.Chat.Replies;

namespace Bot.Chat.Rendering;

// The report as plain text, for the console, `bot report` and (through PlainTextRenderer) Slack and
// Discord. Each list is capped so the whole stays well inside a chat message; `bot report --json`
// gives everything.
public static class ReportText
{
    public const int ListLimit = 8;

    // Under Discord's 2000-character message (Slack's section allows 3000): lists shrink until it fits.
    public const int MaxChars = 1900;

    private const int LineChars = 120;

    public static string Render(ReportReply reply) => reply.Report is { } report ? Render(report) : reply.Problem ?? "The question log is turned off (Log:Enabled).";

    public static string Render(QuestionReport report)
    {
        var text = "";
        foreach (var limit in (int[])[ListLimit, 5, 3, 1])
        {
            text = Render(report, limit);
            if (text.Length <= MaxChars)
            {
                break;
            }
        }

        return text;
    }

    private static string Render(QuestionReport report, int limit)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Questions since {report.Since:yyyy-MM-dd HH:mm} UTC: {report.Questions}.\n");
        if (report.Questions > 0)
        {
            sb.Append("By platform: ").Append(Counts(report.ByPlatform)).Append('\n');
            sb.Append("By outcome: ").Append(Counts(report.ByOutcome)).Append('\n');
            sb.Append(CultureInfo.InvariantCulture, $"Follow-ups: {report.FollowUps}. Votes: 👍 {report.VotesUp}, 👎 {report.VotesDown}.\n");
        }

        sb.Append("\nNot covered by the documents:\n");
        List(sb, limit, report.NotCovered, g => g.Count > 1 ? $"{g.Example} (×{g.Count})" : g.Example, "none");

        sb.Append("\nMost asked topics:\n");
        List(sb, limit, report.Topics, t => $"{t.Topic} ({t.Questions})", "none");

        sb.Append("\nAnswers voted down:\n");
        if (!report.FeedbackRecorded)
        {
            sb.Append("  (no votes recorded yet)\n");
        }
        else
        {
            VotedDown(sb, limit, report.VotedDown);
        }

        sb.Append("\nDocuments never cited:\n");
        List(sb, limit, report.NeverCited, d => d, "none — every document was cited");
        return sb.ToString().TrimEnd();
    }

    // The question and its votes, then the passages the answer stood on: what a maintainer reads to fix it.
    private static void VotedDown(StringBuilder sb, int limit, IReadOnlyList<LoggedQuestion> answers)
    {
        if (answers.Count == 0)
        {
            sb.Append("  none\n");
            return;
        }

        foreach (var q in answers.Take(limit))
        {
            sb.Append("• ").Append(TextCut.AtWord(string.Create(CultureInfo.InvariantCulture, $"{q.Question} (👎 {q.VotesDown}, 👍 {q.VotesUp})"), LineChars)).Append('\n');
            sb.Append("    cited: ").Append(TextCut.AtWord(q.Passages.Count == 0 ? "nothing" : string.Join(", ", q.Passages), LineChars)).Append('\n');
        }

        if (answers.Count > limit)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  … and {answers.Count - limit} more\n");
        }
    }

    private static string Counts(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value}")));

    private static void List<T>(StringBuilder sb, int limit, IReadOnlyList<T> items, Func<T, string> line, string none)
    {
        if (items.Count == 0)
        {
            sb.Append("  ").Append(none).Append('\n');
            return;
        }

        foreach (var item in items.Take(limit))
        {
            sb.Append("• ").Append(TextCut.AtWord(line(item), LineChars)).Append('\n');
        }

        if (items.Count > limit)
        {
            sb.Append(CultureInfo.InvariantCulture, $"  … and {items.Count - limit} more\n");
        }
    }
}
