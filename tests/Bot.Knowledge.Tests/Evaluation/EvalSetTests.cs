using Bot.Knowledge.Evaluation;
using Bot.Testing;

namespace Bot.Knowledge.Tests.Evaluation;

public sealed class EvalSetTests
{
    [Fact]
    public async Task Sets_file_runs_each_set_on_its_corpus_and_reports_in_file_order()
    {
        using var folder = new TempFolder();
        var file = folder.File("sets.json");
        // Relative to the sets file first; the second entry's paths only resolve from the current folder's point of view when absolute.
        var questions = Path.GetRelativePath(folder.Path, TestPaths.DevQuestions).Replace('\\', '/');
        var seeds = Path.GetRelativePath(folder.Path, TestPaths.Seeds).Replace('\\', '/');
        await File.WriteAllTextAsync(file, $$"""
            [
              { "name": "dev", "questions": "{{questions}}", "corpus": "{{seeds}}" },
              { "name": "dev again", "questions": "{{TestPaths.DevQuestions.Replace('\\', '/')}}", "corpus": "{{seeds}}" }
            ]
            """);

        var results = await EvalSetRunner.RunAsync(EvalSet.Load(file));

        Assert.Equal(["dev", "dev again"], results.Select(r => r.Name));
        Assert.All(results, r => Assert.Equal(15, r.Questions!.AnswerableCount));
        Assert.Equal(results[0].Questions!.HitAt1, results[1].Questions!.HitAt1);
        var table = EvalTable.Format(results);
        Assert.Contains("| dev again | 17 |", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sets_run_with_a_minimum_confidence_refuse_the_answers_below_it()
    {
        using var folder = new TempFolder();
        var file = folder.File("sets.json");
        await File.WriteAllTextAsync(file, $$"""[{ "name": "dev", "questions": "{{TestPaths.DevQuestions.Replace('\\', '/')}}", "corpus": "{{TestPaths.Seeds.Replace('\\', '/')}}" }]""");

        var lenient = (await EvalSetRunner.RunAsync(EvalSet.Load(file)))[0].Questions!;
        var strict = (await EvalSetRunner.RunAsync(EvalSet.Load(file), minConfidence: 0.9))[0].Questions!;

        Assert.Equal(0, lenient.AnswerableRefused);
        Assert.True(strict.AnswerableRefused > 0, strict.Format());
        Assert.Equal(lenient.OutOfScopeRefused, strict.OutOfScopeRefused);
    }

    [Theory]
    [InlineData("""[{ "name": "x", "questions": "nowhere.jsonl", "corpus": "." }]""", "set 'x': 'nowhere.jsonl' not found")]
    [InlineData("""[{ "name": "y", "corpus": "." }]""", "set 'y' needs")]
    [InlineData("""{ "name": "z" }""", "not a JSON array of sets")]
    [InlineData("[]", "no sets")]
    public async Task A_bad_sets_file_is_one_format_error_naming_the_problem(string json, string message)
    {
        using var folder = new TempFolder();
        var file = folder.File("sets.json");
        await File.WriteAllTextAsync(file, json);
        var e = Assert.Throws<FormatException>(() => EvalSet.Load(file));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.StartsWith(file, e.Message, StringComparison.Ordinal);
    }
}
