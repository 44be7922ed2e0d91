using System.Diagnostics;
using Bot.Chat.Rendering;
using Bot.Hosting;
using Bot.Knowledge;
using Bot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Hosting;

// The serving host as a whole: the watcher starts after the start-up check and a document dropped
// into the corpus is answered without /reindex. (The debounce logic itself is tested with a fake
// clock in Bot.Knowledge.Tests; here a short real debounce keeps the test quick.)
public sealed class CorpusWatchHostTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_running_host_answers_from_a_document_added_to_the_corpus()
    {
        var corpus = _folder.CopySeeds();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Knowledge:CorpusPath"] = corpus,
            ["Knowledge:IndexPath"] = _folder.File("index/lucene"),
            ["Knowledge:WatchDebounce"] = "00:00:00.200",
            ["Http:Urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        }).Build();
        await using var app = PlatformHost.Build(configuration);
        await app.StartAsync();
        var knowledge = app.Services.GetRequiredService<KnowledgeBase>();
        Assert.Contains("(startup)", PlainTextRenderer.Status(knowledge.Index.GetStatus(), rebuilding: false), StringComparison.Ordinal);

        await File.WriteAllTextAsync(Path.Combine(corpus, "harbour.md"), "# Harbour\n\nThe Brenlow harbour crane lifts 90 tonnes and was installed in 2015.\n");
        var waited = Stopwatch.StartNew();
        while (knowledge.Index.GetStatus().Info?.Documents != 6)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the added document was not indexed within 30 s");
            Assert.True((await knowledge.AskAsync("How much did Turkey pay for the S-400?")).Answered, "an ask failed during the rebuild");
            await Task.Delay(50);
        }

        var answer = await knowledge.AskAsync("How many tonnes does the Brenlow harbour crane lift?");
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("harbour.md", answer.Citations[0].Document);
        Assert.Contains("(corpus change)", PlainTextRenderer.Status(knowledge.Index.GetStatus(), rebuilding: false), StringComparison.Ordinal);
        await app.StopAsync();
    }
}
