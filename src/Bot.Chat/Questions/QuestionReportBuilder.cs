using Bot.Chat.Metrics;

namespace Bot.Chat.Questions;

// Turns the log's rows into the report. Pure: the rows and the indexed documents in, the report out.
public static class QuestionReportBuilder
{
    public const int TopicCount = 10;

    public static QuestionReport Build(DateTimeOffset since, IReadOnlyList<LoggedQuestion> rows, IEnumerable<string> indexedDocuments)
    {
        var notCovered = rows
            .Where(r => r.Outcome == QuestionOutcome.NotCovered)
            .Select(r => (Row: r, Stems: QuestionStems.Of(r.Question)))
            .GroupBy(x => x.Stems.Count == 0 ? "\0" + x.Row.Question.Trim().ToLowerInvariant() : string.Join(' ', x.Stems), StringComparer.Ordinal)
            .Select(g => new QuestionGroup(g.Last().Row.Question.Trim(), g.Count(), g.First().Stems))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Example, StringComparer.Ordinal)
            .ToList();

        var topics = rows
            .SelectMany(r => QuestionStems.Of(r.Question))
            .GroupBy(s => s, StringComparer.Ordinal)
            .Select(g => new TopicCount(g.Key, g.Count()))
            .OrderByDescending(t => t.Questions).ThenBy(t => t.Topic, StringComparer.Ordinal)
            .Take(TopicCount)
            .ToList();

        // Over the rows of the period: a document cited only before --since counts as not cited since.
        var cited = rows.SelectMany(r => r.Documents).ToHashSet(StringComparer.Ordinal);
        var neverCited = indexedDocuments.Where(d => !cited.Contains(d)).Order(StringComparer.Ordinal).ToList();

        return new QuestionReport(
            since,
            rows.Count,
            notCovered,
            topics,
            neverCited,
            rows.Where(r => r.Feedback < 0).OrderBy(r => r.Feedback).ThenByDescending(r => r.VotesDown).ThenByDescending(r => r.Time).ToList(),
            Count(rows, r => r.Platform),
            Count(rows, r => r.Outcome),
            rows.Any(r => r.Feedback is not null || r.VotesUp + r.VotesDown > 0))
        {
            VotesUp = rows.Sum(r => r.VotesUp),
            VotesDown = rows.Sum(r => r.VotesDown),
            FollowUps = rows.Count(r => r.FollowUpOf is not null),
        };
    }

    private static SortedDictionary<string, int> Count(IEnumerable<LoggedQuestion> rows, Func<LoggedQuestion, string> key) =>
        new(rows.GroupBy(key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal), StringComparer.Ordinal);
}
