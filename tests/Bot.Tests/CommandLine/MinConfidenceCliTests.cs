using System.Text.Json;

namespace Bot.Tests.CommandLine;

// Knowledge:MinConfidence end to end: set in the environment, it refuses an answer whose confidence
// (as ask --json reports it) is below it, and leaves the same answer alone when it is not.
public sealed class MinConfidenceCliTests : SeededCliTests
{
    [Fact]
    public async Task Ask_refuses_an_answer_below_the_minimum_confidence_set_in_the_environment()
    {
        const string question = "How much did Turkey pay for the S-400?";
        var lenient = Parse(await BotProcess.RunAsync(null, null, "ask", question, "--json", "--corpus", Corpus, "--index", IndexPath));
        Assert.True(lenient.GetProperty("answered").GetBoolean());
        var confidence = lenient.GetProperty("confidence").GetDouble();
        Assert.InRange(confidence, 0.01, 0.99);

        var strict = Parse(await BotProcess.RunAsync(null, new Dictionary<string, string> { ["Knowledge__MinConfidence"] = "0.99" }, "ask", question, "--json", "--corpus", Corpus, "--index", IndexPath));
        Assert.False(strict.GetProperty("answered").GetBoolean());
        Assert.Equal(confidence, strict.GetProperty("confidence").GetDouble());
    }

    private static JsonElement Parse(BotProcess.Result result)
    {
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(Assert.Single(result.OutputLines));
        return json.RootElement.Clone();
    }
}
