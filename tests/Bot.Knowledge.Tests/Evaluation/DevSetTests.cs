using Bot.Knowledge.Evaluation;
using Bot.Knowledge.Tests.Search;
using Bot.Testing;
using Xunit.Abstractions;

namespace Bot.Knowledge.Tests.Evaluation;

/// <summary>The dev questions through the real pipeline, with the thresholds the product promises.</summary>
public sealed class DevSetTests(KnowledgeFixture fixture, ITestOutputHelper output) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public async Task Dev_questions_meet_the_answer_quality_targets()
    {
        var report = await DevSetEvaluator.EvaluateAsync(fixture.Knowledge, DevQuestion.Load(TestPaths.DevQuestions));
        output.WriteLine(report.Format());

        Assert.Equal(15, report.AnswerableCount);
        Assert.True(report.HitAt3 >= 13, $"hit@3 {report.HitAt3}/15");
        Assert.Equal(report.OutOfScopeCount, report.OutOfScopeRefused);
        Assert.Equal(0, report.AnswerableRefused);
    }
}
