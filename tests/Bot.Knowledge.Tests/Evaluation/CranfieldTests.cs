using Bot.Knowledge.Documents;
using Bot.Knowledge.Evaluation;
using Bot.Knowledge.Index;
using Bot.Testing;
using Xunit.Abstractions;

namespace Bot.Knowledge.Tests.Evaluation;

// A second, unrelated corpus: the Cranfield collection through the bot's own pipeline.
// A quality gate: slow; the inner loop skips it with --filter "Category!=Quality", CI runs it.
[Trait("Category", "Quality")]
public sealed class CranfieldTests(ITestOutputHelper output)
{
    [SharedFact("datasets/cranfield/cran.all.1400")]
    public async Task Cranfield_ranking_meets_the_map_and_ndcg_targets()
    {
        using var folder = new TempFolder();
        var dataset = CranfieldDataset.Load(TestPaths.SharedFile("datasets", "cranfield")!);
        dataset.Export(folder.File("corpus"));
        using var index = new KnowledgeIndex(folder.File("index"), new FolderDocumentSource(folder.File("corpus")));
        Assert.Equal(RebuildOutcome.Rebuilt, (await index.RebuildAsync()).Outcome);

        var report = await CranfieldEvaluator.EvaluateAsync(new KnowledgeBase(index, new KnowledgeOptions()), dataset);
        output.WriteLine(report.Format());

        Assert.Equal(225, report.Queries);
        Assert.True(report.Map >= 0.334, report.Format());
        Assert.True(report.NdcgAt10 >= 0.395, report.Format());
    }

    [Fact]
    public void Metrics_follow_their_definitions()
    {
        var grades = new Dictionary<int, int> { [1] = 1, [2] = 3, [3] = -1 };
        Assert.Equal((1.0 / 2 + 2.0 / 4) / 2, RankingMetrics.AveragePrecision([9, 1, 3, 2], grades), 10);
        var ideal = 15 / Math.Log2(2) + 3 / Math.Log2(3);
        Assert.Equal((15 / Math.Log2(3)) / ideal, RankingMetrics.Ndcg([9, 1], grades, 10), 10);
        Assert.Equal(1.0, RankingMetrics.Ndcg([1, 2], grades, 10), 10);
    }
}
