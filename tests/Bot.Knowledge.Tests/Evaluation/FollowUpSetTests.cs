using Bot.Knowledge.Documents;
using Bot.Knowledge.Evaluation;
using Bot.Knowledge.Index;
using Bot.Knowledge.Tests.Search;
using Bot.Testing;
using Xunit.Abstractions;

namespace Bot.Knowledge.Tests.Evaluation;

// The follow-up pairs (tests/eval/followups*.jsonl) asked with their conversation and alone (README,
// "Follow-up questions"): context must help the elliptical ones by a margin and never hurt those
// that stand on their own. A quality gate like DevSetTests.
[Trait("Category", "Quality")]
public sealed class FollowUpSetTests(KnowledgeFixture fixture, ITestOutputHelper output) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public async Task Context_answers_elliptical_follow_ups_over_the_seeds_better_than_asking_them_alone()
    {
        var report = await FollowUpEvaluator.EvaluateAsync(fixture.Knowledge, FollowUpPair.Load(Path.Combine(TestPaths.RepoRoot, "tests", "eval", "followups.jsonl")));
        output.WriteLine(report.Format());

        var elliptical = report.Elliptical;
        Assert.Equal(22, elliptical.Count);
        var with = FollowUpReport.HitAt1With(elliptical);
        var without = FollowUpReport.HitAt1Without(elliptical);
        Assert.True(with >= 16, $"hit@1 with context {with}/22\n{report.Format()}");
        Assert.True(with >= without + 3, $"context should help: {with} with, {without} without\n{report.Format()}");
        Assert.True(FollowUpReport.ContainsWith(elliptical) >= FollowUpReport.ContainsWithout(elliptical), report.Format());
    }

    [Fact]
    public async Task Context_does_not_hurt_follow_ups_over_the_seeds_that_stand_on_their_own()
    {
        var report = await FollowUpEvaluator.EvaluateAsync(fixture.Knowledge, FollowUpPair.Load(Path.Combine(TestPaths.RepoRoot, "tests", "eval", "followups.jsonl")));
        var alone = report.StandingAlone;

        Assert.Equal(8, alone.Count);
        Assert.All(alone, o => Assert.True(o.RankWith == o.RankWithout && o.ContainsWith == o.ContainsWithout, $"{o.Pair.Id}: rank {o.RankWith} with, {o.RankWithout} without"));
        Assert.Equal(8, FollowUpReport.HitAt1With(alone));
    }

    [SharedFact("datasets/docs-dev/corpus")]
    public async Task Context_answers_elliptical_follow_ups_over_docs_dev_better_than_asking_them_alone()
    {
        using var folder = new TempFolder();
        var corpus = TestPaths.SharedFile("datasets", "docs-dev", "corpus")!;
        using var index = new KnowledgeIndex(folder.File("index"), new FolderDocumentSource(corpus));
        Assert.Equal(RebuildOutcome.Rebuilt, (await index.RebuildAsync()).Outcome);
        var knowledge = new KnowledgeBase(index, new KnowledgeOptions { CorpusPath = corpus, IndexPath = index.IndexPath });

        var report = await FollowUpEvaluator.EvaluateAsync(knowledge, FollowUpPair.Load(Path.Combine(TestPaths.RepoRoot, "tests", "eval", "followups-docs-dev.jsonl")));
        output.WriteLine(report.Format());

        var elliptical = report.Elliptical;
        var with = FollowUpReport.HitAt1With(elliptical);
        var without = FollowUpReport.HitAt1Without(elliptical);
        Assert.True(with >= without + 2, $"context should help: {with} with, {without} without\n{report.Format()}");
        Assert.True(FollowUpReport.ContainsWith(elliptical) >= FollowUpReport.ContainsWithout(elliptical) + 2, report.Format());
        Assert.All(report.StandingAlone, o => Assert.Equal(o.RankWithout, o.RankWith));
    }
}
