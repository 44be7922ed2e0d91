using System.Text.Json;
using Bot.Testing;

namespace Bot.Tests.CommandLine;

// The question log from the command line: the console chat records, `bot report` reads, `bot log forget` deletes.
public sealed class ReportCliTests : SeededCliTests
{
    [Fact]
    public async Task Console_questions_are_logged_reported_as_json_and_forgotten()
    {
        var chat = await Run("How much did Turkey pay for the S-400?\nWhat is the recipe for banana bread?\nbanana bread recipes\n/report\n", "chat");
        Assert.Equal(0, chat.ExitCode);
        Assert.Contains("Questions since", chat.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Folder.File("index/questions.sqlite")));

        var report = await Run(null, "report", "--json");
        Assert.Equal(0, report.ExitCode);
        using (var json = JsonDocument.Parse(Assert.Single(report.OutputLines)))
        {
            var root = json.RootElement;
            Assert.Equal(3, root.GetProperty("questions").GetInt32());
            Assert.Equal(3, root.GetProperty("by_platform").GetProperty("console").GetInt32());
            Assert.Equal(1, root.GetProperty("by_outcome").GetProperty("answered").GetInt32());
            var group = Assert.Single(root.GetProperty("not_covered").EnumerateArray());
            Assert.Equal(2, group.GetProperty("count").GetInt32());
            Assert.False(root.GetProperty("feedback_recorded").GetBoolean());
            Assert.NotEmpty(root.GetProperty("never_cited").EnumerateArray());
        }

        var forget = await Run(null, "log", "forget", "--user", Environment.UserName, "--platform", "console");
        Assert.Equal(0, forget.ExitCode);
        Assert.Contains("Deleted 3 question(s)", forget.StandardOutput, StringComparison.Ordinal);

        using var after = JsonDocument.Parse(Assert.Single((await Run(null, "report", "--json")).OutputLines));
        Assert.Equal(0, after.RootElement.GetProperty("questions").GetInt32());
    }

    [Fact]
    public async Task A_bad_since_is_one_line_and_exit_code_1()
    {
        var result = await Run(null, "report", "--since", "last tuesday");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--since last tuesday", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_log_setting_is_one_line_naming_it()
    {
        var result = await BotProcess.RunAsync(null, new Dictionary<string, string> { ["Log__RetentionDays"] = "0" }, "report", "--corpus", Corpus, "--index", IndexPath);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("RetentionDays", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }
}
