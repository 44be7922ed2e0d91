using System.Diagnostics;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;
using Bot.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Knowledge.Tests.Index;

// A real corpus folder, a real index and real file system events; only the debounce and recheck
// clocks are fake, so the tests advance them instead of sleeping through five seconds.
public sealed class CorpusWatcherTests : IAsyncLifetime
{
    private static readonly TimeSpan Debounce = TimeSpan.FromSeconds(5);
    private const string SeedQuestion = "How much did Turkey pay for the S-400?";
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new();
    private readonly string _corpus;
    private readonly KnowledgeIndex _index;
    private readonly KnowledgeBase _knowledge;
    private CorpusWatcher _watcher = null!;

    public CorpusWatcherTests()
    {
        _corpus = _folder.CopySeeds();
        _index = new KnowledgeIndex(_folder.File("index/lucene"), new FolderDocumentSource(_corpus));
        _knowledge = new KnowledgeBase(_index, new KnowledgeOptions());
    }

    public async Task InitializeAsync()
    {
        await _index.EnsureCurrentAsync();
        _watcher = Watcher(new CorpusWatchSettings(Watch: true, Debounce, RecheckInterval: TimeSpan.Zero));
        _watcher.Start();
        Assert.True(_watcher.IsWatching);
    }

    public async Task DisposeAsync()
    {
        await _watcher.DisposeAsync();
        _index.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task An_added_document_is_answered_after_the_debounce_and_no_ask_fails_meanwhile()
    {
        using var stop = new CancellationTokenSource();
        var asking = AskUntilStoppedAsync(stop.Token);

        await WriteAndAwaitEventAsync("zorvane.md", "# Zorvane relay\n\nThe Zorvane relay station was commissioned in 2019 and cost 40 million dollars to build.\n");
        _time.Advance(Debounce - TimeSpan.FromSeconds(1));
        Assert.Equal(0, _watcher.Rebuilds);
        _time.Advance(Debounce); // (not just the last second: a later event for the same write restarts the debounce)
        await _watcher.Checks;

        var answer = await _knowledge.AskAsync("When was the Zorvane relay station commissioned?");
        await stop.CancelAsync();
        var failed = await asking;

        Assert.Equal(1, _watcher.Rebuilds);
        Assert.True(answer.Answered, answer.Text);
        Assert.Equal("zorvane.md", answer.Citations[0].Document);
        Assert.Equal(0, failed);
        var info = _index.GetStatus().Info!;
        Assert.Equal(6, info.Documents);
        Assert.Equal(RebuildTrigger.CorpusChange, info.Trigger);
    }

    [Fact]
    public async Task An_edit_and_a_delete_are_picked_up()
    {
        var seed = Directory.GetFiles(_corpus).Order(StringComparer.Ordinal).First();
        await ChangeAndAwaitEventAsync(() => File.AppendAllText(seed, "\nThe Quillmore treaty was signed by eleven delegates in the harbour town of Pellish.\n"));
        await SettleAsync();
        var edited = await _knowledge.AskAsync("How many delegates signed the Quillmore treaty?");
        Assert.True(edited.Answered, edited.Text);
        Assert.Equal(Path.GetFileName(seed), edited.Citations[0].Document);

        await ChangeAndAwaitEventAsync(() => File.Delete(seed));
        await SettleAsync();
        var deleted = await _knowledge.AskAsync("How many delegates signed the Quillmore treaty?");
        Assert.False(deleted.Answered);
        Assert.Equal(4, _knowledge.ListDocuments().Count);
        Assert.DoesNotContain(_knowledge.ListDocuments(), d => d.Document == Path.GetFileName(seed));
        Assert.Equal(2, _watcher.Rebuilds);
    }

    [Fact]
    public async Task A_burst_of_changes_makes_one_rebuild()
    {
        for (var i = 0; i < 6; i++)
        {
            await WriteAndAwaitEventAsync($"note-{i}.md", $"# Note {i}\n\nField note number {i} records a survey of the Varnel estuary on day {i + 1}.\n");
            _time.Advance(TimeSpan.FromSeconds(2)); // less than the debounce: each change restarts it
        }

        Assert.Equal(0, _watcher.Rebuilds);
        _time.Advance(Debounce);
        await _watcher.Checks;

        Assert.Equal(1, _watcher.Rebuilds);
        Assert.Equal(11, _index.GetStatus().Info!.Documents);
    }

    [Fact]
    public async Task Without_events_the_periodic_check_finds_a_change()
    {
        await _watcher.DisposeAsync();
        _watcher = Watcher(new CorpusWatchSettings(Watch: false, Debounce, RecheckInterval: TimeSpan.FromMinutes(1)));
        _watcher.Start();
        Assert.False(_watcher.IsWatching);
        File.WriteAllText(Path.Combine(_corpus, "late.md"), "# Late\n\nThe Ostrel bridge opened to traffic in the spring of 2011.\n");

        _time.Advance(TimeSpan.FromSeconds(59));
        await _watcher.Checks;
        Assert.Equal(0, _watcher.Rebuilds);
        _time.Advance(TimeSpan.FromSeconds(1));
        await _watcher.Checks;

        Assert.Equal(1, _watcher.Rebuilds);
        Assert.Equal(6, _index.GetStatus().Info!.Documents);
    }

    [Fact]
    public async Task Events_for_files_that_are_not_documents_rebuild_nothing()
    {
        await ChangeAndAwaitEventAsync(() => File.WriteAllText(Path.Combine(_corpus, "notes.tmp"), "editor swap file"));
        _time.Advance(Debounce);
        await _watcher.Checks;

        Assert.Equal(0, _watcher.Rebuilds);
        Assert.Equal(RebuildTrigger.Startup, _index.GetStatus().Info!.Trigger);
    }

    private CorpusWatcher Watcher(CorpusWatchSettings settings) => new(_index, new FolderDocumentSource(_corpus), _corpus, settings, _time);

    private async Task SettleAsync()
    {
        _time.Advance(Debounce);
        await _watcher.Checks;
    }

    private Task WriteAndAwaitEventAsync(string name, string text) =>
        ChangeAndAwaitEventAsync(() => File.WriteAllText(Path.Combine(_corpus, name), text));

    // File system events arrive on the operating system's schedule: wait (briefly, by polling) until one has.
    private async Task ChangeAndAwaitEventAsync(Action change)
    {
        var before = _watcher.Signals;
        change();
        var waited = Stopwatch.StartNew();
        while (_watcher.Signals == before)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "no file system event arrived within 10 s");
            await Task.Delay(10);
        }
    }

    private async Task<int> AskUntilStoppedAsync(CancellationToken cancellationToken)
    {
        var failed = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var answer = await _knowledge.AskAsync(SeedQuestion, cancellationToken: CancellationToken.None);
            if (!answer.Answered)
            {
                failed++;
            }

            await Task.Delay(5, CancellationToken.None); // leave the two cores to the rebuild as well
        }

        return failed;
    }
}
