using Bot.Chat.Metrics;
using Bot.Chat.Questions;
using Bot.Chat.Rendering;
using BotVote = Bot.Chat.Questions.Vote;

namespace Bot.Chat.Tests.Questions;

// Votes in the log and the report: one per person per answer, the last click counts, forget and
// retention take them away, and the report shows what the voted-down answers cited.
public sealed class VoteReportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 3, 8, 0, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();
    private readonly QuestionLogStore _store;

    public VoteReportTests()
    {
        _store = new QuestionLogStore(_folder.File("q.sqlite"), storeUserIds: false);
        _store.Migrate();
        _store.Insert(
        [
            Question(-1, "alice", "What did Turkey pay for the S-400?", "a1", null, "turkey.txt ¶4", "deal.txt ¶8"),
            Question(-1, "alice", "and when was that?", "a2", "a1", "turkey.txt ¶4"),
            Question(-2, "bob", "Who leads the defense industry agency?", "a3", null, "agency.txt ¶1"),
            Question(-40, "carol", "an old question", "a4", null, "old.txt ¶2"),
        ]);
    }

    public void Dispose() => _folder.Dispose();

    private QuestionReport Report() =>
        QuestionReportBuilder.Build(Now.AddDays(-7), _store.Read(Now.AddDays(-7)), []);

    [Fact]
    public void A_second_click_replaces_the_persons_first_vote()
    {
        _store.Insert([Click("bob", "a1", BotVote.Up), Click("bob", "a1", BotVote.Down), Click("carol", "a1", BotVote.Down)]);

        Assert.Equal([BotVote.Down, BotVote.Down], _store.Votes("a1").Select(v => v.Vote));
        var row = _store.Read(Now.AddDays(-7)).Single(r => r.Question.StartsWith("What did Turkey", StringComparison.Ordinal));
        Assert.Equal(-2, row.Feedback);
        Assert.Equal((0, 2), (row.VotesUp, row.VotesDown));
    }

    [Fact]
    public void The_report_shows_answers_voted_down_with_their_votes_and_citations()
    {
        _store.Insert([Click("bob", "a1", BotVote.Down), Click("carol", "a1", BotVote.Down), Click("dave", "a1", BotVote.Up), Click("alice", "a3", BotVote.Up)]);

        var report = Report();
        var text = ReportText.Render(report);

        var down = Assert.Single(report.VotedDown);
        Assert.Equal("What did Turkey pay for the S-400?", down.Question);
        Assert.Equal(2, report.VotesUp);
        Assert.Equal(2, report.VotesDown);
        Assert.Contains("What did Turkey pay for the S-400? (👎 2, 👍 1)", text, StringComparison.Ordinal);
        Assert.Contains("cited: turkey.txt ¶4, deal.txt ¶8", text, StringComparison.Ordinal);
        Assert.Contains("Votes: 👍 2, 👎 2.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Who leads the defense industry agency? (", text, StringComparison.Ordinal); // voted up: not listed
    }

    [Fact]
    public void The_report_counts_follow_ups_and_links_them_to_the_answer_they_followed()
    {
        var rows = _store.Read(Now.AddDays(-7));

        var first = rows.Single(r => r.Question.StartsWith("What did Turkey", StringComparison.Ordinal));
        Assert.Equal(first.Id, rows.Single(r => r.Question == "and when was that?").FollowUpOf);
        Assert.Equal(1, Report().FollowUps);
        Assert.Contains("Follow-ups: 1.", ReportText.Render(Report()), StringComparison.Ordinal);
    }

    [Fact]
    public void Forget_removes_the_persons_votes_and_their_weight_on_the_answer()
    {
        _store.Insert([Click("bob", "a1", BotVote.Down), Click("carol", "a1", BotVote.Down), Click("bob", "a3", BotVote.Down)]);

        _store.Forget("bob", "slack");

        Assert.Single(_store.Votes("a1"));
        Assert.Empty(_store.Votes("a3"));
        var report = Report();
        Assert.Equal(-1, Assert.Single(report.VotedDown).Feedback); // carol's vote alone
        Assert.Equal(1, report.VotesDown);
    }

    [Fact]
    public void Retention_removes_old_answers_with_their_votes()
    {
        _store.Insert([Click("bob", "a4", BotVote.Down), Click("bob", "a1", BotVote.Down)]);

        _store.DeleteOlderThan(Now.AddDays(-30));

        Assert.Empty(_store.Votes("a4"));
        Assert.Single(_store.Votes("a1"));
    }

    [Fact]
    public void A_vote_on_an_answer_the_log_never_held_is_not_recorded()
    {
        _store.Insert([Click("bob", "nope", BotVote.Down)]);

        Assert.Empty(_store.Votes("nope"));
    }

    private static QuestionRecord Question(int days, string user, string question, string answerId, string? followUpOf, params string[] passages) =>
        new(Now.AddDays(days), "slack", "C1", user, question, QuestionOutcome.Answered, 0.8, passages.Select(p => p.Split(' ')[0]).Distinct().ToList(), passages, answerId, followUpOf);

    private static VoteRecord Click(string user, string answerId, BotVote vote) => new(Now, "slack", user, answerId, vote);
}
