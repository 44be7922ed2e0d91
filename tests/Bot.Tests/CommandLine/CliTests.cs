using System.Text.Json;
using Bot.Testing;

namespace Bot.Tests.CommandLine;

// The command line as a user runs it: the real executable, a temp corpus and index.
public sealed class CliTests : SeededCliTests
{
    [Fact]
    public async Task Ask_json_prints_exactly_the_documented_object()
    {
        var result = await Run(null, "ask", "How much did Turkey pay for the S-400?", "--json");

        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.OutputLines);
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(["question", "answered", "answer", "citations", "confidence"], root.EnumerateObject().Select(p => p.Name));
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0.5, 1.0);
        Assert.Equal("How much did Turkey pay for the S-400?", root.GetProperty("question").GetString());
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Contains("$2.5 billion", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var citations = root.GetProperty("citations").EnumerateArray().ToList();
        Assert.Equal(3, citations.Count);
        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            Assert.Equal(["n", "document", "title", "source", "published", "section", "paragraph", "page", "excerpt", "passage", "score"], c.EnumerateObject().Select(p => p.Name));
            Assert.Equal(i + 1, c.GetProperty("n").GetInt32());
            Assert.True(File.Exists(Path.Combine(Corpus, c.GetProperty("document").GetString()!)));
            Assert.True(c.GetProperty("source").ValueKind is JsonValueKind.String or JsonValueKind.Null);
            Assert.True(c.GetProperty("published").ValueKind == JsonValueKind.Null || DateOnly.TryParseExact(c.GetProperty("published").GetString(), "yyyy-MM-dd", out _));
            Assert.True(c.GetProperty("paragraph").GetInt32() >= 1);
            Assert.Equal(JsonValueKind.Null, c.GetProperty("section").ValueKind); // the seeds are plain text: no headings
            Assert.Equal(JsonValueKind.Null, c.GetProperty("page").ValueKind);
            Assert.Equal(JsonValueKind.Number, c.GetProperty("score").ValueKind);
        }

        Assert.Contains(citations, c => c.GetProperty("passage").GetString()!.Contains("$2.5 billion", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_damaged_index_is_reported_by_status_and_healed_by_the_next_command_without_a_stack_trace()
    {
        Assert.Equal(0, (await Run(null, "index", "rebuild")).ExitCode);
        var generation = Path.Combine(IndexPath, File.ReadAllText(Path.Combine(IndexPath, "current")).Trim());
        var segment = new DirectoryInfo(generation).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal)).MaxBy(f => f.Length)!;
        using (var stream = segment.Open(FileMode.Open, FileAccess.Write))
        {
            stream.Position = stream.Length / 2;
            stream.Write(new byte[64]);
        }

        var status = await Run(null, "index", "status", "--json");
        using (var json = JsonDocument.Parse(Assert.Single(status.OutputLines)))
        {
            Assert.Equal("damaged", json.RootElement.GetProperty("state").GetString());
        }

        var sources = await Run(null, "sources", "--json");
        Assert.Equal(0, sources.ExitCode);
        Assert.Equal(5, JsonDocument.Parse(sources.StandardOutput).RootElement.GetArrayLength());
        Assert.DoesNotContain("   at ", status.StandardError + sources.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_without_a_question_answers_every_stdin_line_including_blank_ones()
    {
        var result = await Run("Who chairs the Senate Foreign Relations Committee?\n\n\"NEAR( AND OR\nS400 sanctions", "ask", "--json", "--top", "2");

        Assert.Equal(0, result.ExitCode);
        var lines = result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, lines.Count);
        Assert.Contains("Menendez", lines[0].GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.False(lines[1].GetProperty("answered").GetBoolean());
        Assert.Contains("Please ask a question", lines[1].GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.All(lines, l => Assert.True(l.GetProperty("citations").GetArrayLength() <= 2));
        Assert.True(lines[3].GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task Progress_and_logs_go_to_stderr_only()
    {
        var result = await Run(null, "ask", "CAATSA", "--json");
        Assert.Contains("Index rebuilt", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("Index", result.StandardOutput.Split('\n')[0][..20], StringComparison.Ordinal);
        JsonDocument.Parse(Assert.Single(result.OutputLines)).Dispose();
    }

    [Fact]
    public async Task The_console_chat_answers_piped_lines_and_exits_at_end_of_input()
    {
        var result = await Run("How much did Turkey pay for the S-400?\n/sources\n", []);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("$2.5 billion", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("[1]", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("5 documents in the index", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_lone_carriage_return_inside_a_piped_line_gives_one_reply_not_two()
    {
        var result = await Run("How much did Turkey\rpay for the S-400?\n", "ask", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        Assert.Contains("$2.5 billion", json.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_console_chat_help_lists_quit_and_an_unknown_command_points_to_help()
    {
        var result = await Run("/help\n/frob\n", []);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("/quit", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Unknown command /frob; try /help.", result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Please ask a question", result.StandardOutput, StringComparison.Ordinal);
    }

    // Knowledge__CorpusPath=seeds resolved against the repository while --corpus seeds resolved
    // against the current folder: the same relative path meant two different folders.
    [Fact]
    public async Task A_relative_corpus_path_means_the_same_folder_from_the_environment_as_from_the_option()
    {
        var work = Path.GetDirectoryName(Corpus)!;
        var relative = Path.GetFileName(Corpus);
        var index = Path.GetRelativePath(work, IndexPath);

        var fromOption = await BotProcess.RunInAsync(work, null, "sources", "--json", "--corpus", relative, "--index", index);
        var fromEnvironment = await BotProcess.RunInAsync(work, new Dictionary<string, string> { ["Knowledge__CorpusPath"] = relative, ["Knowledge__IndexPath"] = index }, "sources", "--json");

        Assert.Equal(0, fromOption.ExitCode);
        Assert.Equal(0, fromEnvironment.ExitCode);
        Assert.Equal(fromOption.StandardOutput, fromEnvironment.StandardOutput);
        Assert.True(Directory.Exists(IndexPath), "both used the index beside the corpus");
    }

    [Fact]
    public async Task Index_rebuild_and_status_report_counts()
    {
        var rebuild = await Run(null, "index", "rebuild", "--json");
        Assert.Equal(0, rebuild.ExitCode);
        using var built = JsonDocument.Parse(Assert.Single(rebuild.OutputLines));
        Assert.Equal("rebuilt", built.RootElement.GetProperty("outcome").GetString());
        Assert.Equal(5, built.RootElement.GetProperty("documents").GetInt32());

        var status = await Run(null, "index", "status", "--json");
        using var s = JsonDocument.Parse(Assert.Single(status.OutputLines));
        Assert.Equal("current", s.RootElement.GetProperty("state").GetString());
        Assert.False(s.RootElement.GetProperty("stale").GetBoolean());
        Assert.Equal(built.RootElement.GetProperty("passages").GetInt32(), s.RootElement.GetProperty("passages").GetInt32());
    }

    [Fact]
    public async Task Status_says_what_triggered_the_last_build()
    {
        Assert.Equal(0, (await Run(null, "ask", "Who is Ismail Demir?")).ExitCode); // no index yet: built at start
        Assert.Equal("startup", await BuiltByAsync());

        Assert.Equal(0, (await Run(null, "index", "rebuild")).ExitCode);
        Assert.Equal("admin", await BuiltByAsync());

        async Task<string?> BuiltByAsync()
        {
            var status = await Run(null, "index", "status", "--json");
            using var json = JsonDocument.Parse(Assert.Single(status.OutputLines));
            return json.RootElement.GetProperty("built_by").GetString();
        }
    }

    [Fact]
    public async Task Sources_lists_documents_with_metadata()
    {
        var result = await Run(null, "sources", "--json");
        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        Assert.Equal(5, json.RootElement.GetArrayLength());
        Assert.Contains(json.RootElement.EnumerateArray(), d => d.GetProperty("source").GetString() == "TASS" && d.GetProperty("published").GetString() == "2021-03-03");
    }

    [Fact]
    public async Task A_missing_corpus_is_one_clear_line_and_exit_code_1()
    {
        var result = await BotProcess.RunAsync(null, null, "ask", "anything", "--corpus", Folder.File("nowhere"), "--index", IndexPath);
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        Assert.Contains("does not exist", result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);

        // Said once, not by the index check, the rebuild, its logger and the verb in turn.
        Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task A_bad_setting_names_the_key_and_stops()
    {
        var result = await BotProcess.RunAsync(null, new Dictionary<string, string> { ["Knowledge__MaxQuestionLength"] = "5" }, "ask", "x", "--corpus", Corpus, "--index", IndexPath);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("Configuration error: Knowledge:MaxQuestionLength must be between 20 and 100000", result.StandardError.Trim());
    }

    [Fact]
    public async Task Eval_prints_the_metrics_for_a_questions_file()
    {
        var result = await Run(null, "eval", TestPaths.DevQuestions);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("hit@1", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("MRR", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("refused", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_json_prints_one_summary_object()
    {
        var result = await Run(null, "eval", TestPaths.DevQuestions, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var root = json.RootElement;
        Assert.Equal("dev-questions", root.GetProperty("set").GetString());
        Assert.Equal(17, root.GetProperty("questions").GetInt32());
        Assert.Equal(15, root.GetProperty("answerable").GetInt32());
        Assert.InRange(root.GetProperty("hit_at_1").GetDouble(), 0.9, 1.0);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("map").ValueKind);
    }

    [Fact]
    public async Task Eval_followups_prints_hit_at_1_with_and_without_context()
    {
        var result = await Run(null, "eval", "--followups", Path.Combine(TestPaths.RepoRoot, "tests", "eval", "followups.jsonl"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("hit@1 with", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(result.OutputLines, l => l.StartsWith("elliptical ", StringComparison.Ordinal) && l.Contains(" 22 ", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, l => l.StartsWith("standing alone ", StringComparison.Ordinal) && l.Contains(" 8 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Eval_followups_json_prints_one_summary_object()
    {
        var result = await Run(null, "eval", "--followups", Path.Combine(TestPaths.RepoRoot, "tests", "eval", "followups.jsonl"), "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        var elliptical = json.RootElement.GetProperty("elliptical");
        Assert.Equal("followups", json.RootElement.GetProperty("set").GetString());
        Assert.Equal(22, elliptical.GetProperty("followups").GetInt32());
        Assert.True(elliptical.GetProperty("hit_at_1_with_context").GetDouble() > elliptical.GetProperty("hit_at_1_without_context").GetDouble());
    }

    [Fact]
    public async Task Eval_sets_prints_one_table_for_the_projects_own_sets()
    {
        var result = await BotProcess.RunAsync(null, null, "eval", "--sets", Path.Combine(TestPaths.RepoRoot, "tests", "eval", "sets.json"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("| seeds dev | 17 |", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("| seeds extra | 30 |", result.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, result.StandardOutput.Split('\n').Count(l => l.StartsWith("| set |", StringComparison.Ordinal)));
    }
}
