using Bot.Testing;

namespace Bot.Tests.CommandLine;

// Mistakes a person makes on the command line: one line on stderr naming what is wrong, exit code 1, no stack trace.
public sealed class CliErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _corpus;
    private readonly string _index;

    public CliErrorTests()
    {
        _corpus = _folder.CopySeeds();
        _index = _folder.File("index/lucene");
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("abc")] // was SIGABRT, exit 134, from inside a validator
    [InlineData("0")] // was the whole help on stdout
    [InlineData("101")]
    public async Task Ask_with_a_bad_top_says_what_top_takes(string top)
    {
        var result = await BotProcess.RunAsync(null, null, "ask", "--top", top, "x", "--corpus", _corpus, "--index", _index);

        AssertOneLineError(result, $"--top must be a whole number from 1 to 100, not '{top}'.");
    }

    [Fact]
    public async Task Eval_with_a_missing_file_names_it()
    {
        var missing = _folder.File("missing.jsonl");

        var result = await BotProcess.RunAsync(null, null, "eval", missing, "--corpus", _corpus, "--index", _index);

        AssertOneLineError(result, $"error: the questions file '{missing}' does not exist.");
        Assert.False(File.Exists(_index), "nothing was indexed for a run that could not happen");
    }

    [Fact]
    public async Task Eval_with_a_malformed_line_names_the_line()
    {
        var questions = _folder.File("questions.jsonl");
        await File.WriteAllTextAsync(questions, "{\"question\": \"How much did Turkey pay?\", \"expect\": [\"2.5\"]}\n\nnot json\n");

        var result = await BotProcess.RunAsync(null, null, "eval", questions, "--corpus", _corpus, "--index", _index);

        AssertOneLineError(result, $"error: {questions}:3: not a question object");
    }

    [Fact]
    public async Task Eval_followups_with_a_pair_missing_its_follow_up_names_the_line()
    {
        var pairs = _folder.File("followups.jsonl");
        await File.WriteAllTextAsync(pairs, "{\"id\": \"a\", \"first\": \"Who is Demir?\", \"followup\": \"and Kirby?\", \"gold\": [{\"document\": \"x.txt\", \"quote\": \"y\"}]}\n{\"id\": \"b\", \"first\": \"Who is Demir?\", \"gold\": []}\n");

        var result = await BotProcess.RunAsync(null, null, "eval", "--followups", pairs, "--corpus", _corpus, "--index", _index);

        AssertOneLineError(result, $"error: {pairs}:2: needs \"first\", \"followup\" and at least one \"gold\" passage");
    }

    [Fact]
    public async Task An_index_option_under_a_file_is_one_line()
    {
        var file = _folder.File("a-file");
        await File.WriteAllTextAsync(file, "not a folder");
        var index = Path.Combine(file, "deeper", "lucene");

        var result = await BotProcess.RunAsync(null, null, "ask", "x", "--corpus", _corpus, "--index", index);

        AssertOneLineError(result, $"error: cannot create the index at '{index}': '{file}' is a file, not a folder.");
    }

    [Fact]
    public async Task An_index_location_that_cannot_be_written_is_one_line()
    {
        // A file where a folder should be: unwritable for any user, root included.
        var file = _folder.File("a-file");
        await File.WriteAllTextAsync(file, "not a folder");

        var result = await BotProcess.RunAsync(null, new Dictionary<string, string> { ["Knowledge__IndexPath"] = Path.Combine(file, "index", "lucene") }, "ask", "x", "--corpus", _corpus);

        AssertOneLineError(result, $"error: cannot create the index at '{Path.Combine(file, "index", "lucene")}': '{file}' is a file, not a folder.");
    }

    [Fact]
    public async Task A_bad_slack_setting_under_serve_is_reported_before_the_host_starts()
    {
        var environment = new Dictionary<string, string> { ["Slack__BotToken"] = "not-a-bot-token", ["Slack__AppToken"] = "xapp-1-test", ["Http__Urls"] = "http://127.0.0.1:0" };

        var result = await BotProcess.RunAsync(null, environment, "serve", "--corpus", _corpus, "--index", _index);

        AssertOneLineError(result, "Configuration error: Slack:BotToken must be a bot token starting with xoxb-");
        Assert.DoesNotContain("Hosting failed to start", result.StandardError, StringComparison.Ordinal);
    }

    private static void AssertOneLineError(BotProcess.Result result, string expectedStart)
    {
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.StandardOutput);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith(expectedStart, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StandardError, StringComparison.Ordinal);
    }
}
