using Bot.Chat.Metrics;
using Bot.Chat.Questions;
using Bot.Chat.Rendering;
using Bot.Chat.Replies;

namespace Bot.Chat.Tests.Questions;

public sealed class QuestionReportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 8, 0, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly QuestionLogStore _store;

    public QuestionReportTests()
    {
        _store = new QuestionLogStore(_folder.File("q.sqlite"), storeUserIds: false);
        _store.Migrate();
        _store.Insert(
        [
            Row(-1, "slack", "How do I reset my password?", QuestionOutcome.NotCovered),
            Row(-2, "discord", "reset passwords how", QuestionOutcome.NotCovered),
            Row(-2, "discord", "How do I reset my password", QuestionOutcome.NotCovered),
            Row(-3, "slack", "Who wrote the holiday policy?", QuestionOutcome.NotCovered),
            Row(-1, "slack", "What did Turkey pay for the S-400?", QuestionOutcome.Answered, "turkey.txt"),
            Row(-1, "discord", "S-400 delivery date", QuestionOutcome.Answered, "turkey.txt", "sanctions.txt"),
            Row(-2, "slack", "sanctions", QuestionOutcome.Refused),
            Row(-30, "slack", "an old question about budgets", QuestionOutcome.Answered, "budget.txt"),
        ]);
    }

    public void Dispose() => _folder.Dispose();

    private QuestionReport Report() =>
        QuestionReportBuilder.Build(Now.AddDays(-7), _store.Read(Now.AddDays(-7)), ["turkey.txt", "sanctions.txt", "budget.txt", "unused.md"]);

    [Fact]
    public void Near_duplicate_questions_not_covered_are_grouped_most_asked_first()
    {
        var report = Report();

        Assert.Equal(2, report.NotCovered.Count);
        Assert.Equal(3, report.NotCovered[0].Count);
        Assert.Equal(["password", "reset"], report.NotCovered[0].Stems);
        Assert.Equal(1, report.NotCovered[1].Count);
        Assert.Equal("Who wrote the holiday policy?", report.NotCovered[1].Example);
    }

    [Fact]
    public void Counts_are_by_platform_and_outcome_within_the_period()
    {
        var report = Report();

        Assert.Equal(7, report.Questions);
        Assert.Equal(new Dictionary<string, int> { ["discord"] = 3, ["slack"] = 4 }, report.ByPlatform);
        Assert.Equal(new Dictionary<string, int> { [QuestionOutcome.Answered] = 2, [QuestionOutcome.NotCovered] = 4, [QuestionOutcome.Refused] = 1 }, report.ByOutcome);
    }

    [Fact]
    public void Documents_not_cited_in_the_period_are_listed_and_topics_ranked()
    {
        var report = Report();

        // budget.txt was cited only before the period.
        Assert.Equal(["budget.txt", "unused.md"], report.NeverCited);
        Assert.Equal(new TopicCount("password", 3), report.Topics[0]);
        Assert.Equal(new TopicCount("reset", 3), report.Topics[1]);
        Assert.Contains(new TopicCount("400", 2), report.Topics);
    }

    [Fact]
    public void The_text_says_no_votes_were_recorded_and_stays_within_a_discord_message()
    {
        var many = Enumerable.Range(0, 200).Select(i => Row(-1, "slack", $"unique topic{i} question{i} words{i}", QuestionOutcome.NotCovered)).ToList();
        _store.Insert(many);

        var text = PlainTextRenderer.Render(new ReportReply(Report()));

        Assert.Contains("no votes recorded yet", text, StringComparison.Ordinal);
        Assert.Contains("How do I reset my password", text, StringComparison.Ordinal);
        Assert.Contains("(×3)", text, StringComparison.Ordinal);
        Assert.Contains("unused.md", text, StringComparison.Ordinal);
        Assert.Contains("and 194 more", text, StringComparison.Ordinal);
        Assert.InRange(text.Length, 1, 2000);
    }

    [Fact]
    public void Long_questions_and_document_names_still_fit_one_discord_message()
    {
        var words = string.Join(' ', Enumerable.Range(0, 60).Select(i => "word" + i));
        _store.Insert(Enumerable.Range(0, 50).Select(i => Row(-1, "slack", $"question{i} {words}", QuestionOutcome.NotCovered)).ToList());
        var documents = Enumerable.Range(0, 50).Select(i => $"folder{i}/{new string('d', 150)}.md");

        var text = ReportText.Render(QuestionReportBuilder.Build(Now.AddDays(-7), _store.Read(Now.AddDays(-7)), documents));

        Assert.InRange(text.Length, 1, ReportText.MaxChars);
        Assert.Contains("more", text, StringComparison.Ordinal);
        Assert.Contains("Documents never cited", text, StringComparison.Ordinal);
    }

    private static QuestionRecord Row(int days, string platform, string question, string outcome, params string[] documents) =>
        new(Now.AddDays(days), platform, null, "U" + question.Length, question, outcome, 0.5, documents, documents.Select(d => d + " ¶1").ToList());
}
