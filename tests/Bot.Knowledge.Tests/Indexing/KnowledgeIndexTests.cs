using Bot.Knowledge.Answers;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Indexing;
using Bot.Testing;

namespace Bot.Knowledge.Tests.Indexing;

public sealed class KnowledgeIndexTests : IDisposable
{
    private const string Question = "How much did Turkey pay for the S-400?";
    private readonly TempFolder _folder = new();
    private readonly string _corpus;
    private readonly string _indexPath;

    public KnowledgeIndexTests()
    {
        _corpus = _folder.CopySeeds();
        _indexPath = _folder.File("index/bot.sqlite");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_missing_index_is_built_and_then_current()
    {
        using var index = new KnowledgeIndex(_indexPath, new FolderDocumentSource(_corpus));
        Assert.Equal(IndexState.Missing, index.GetStatus().State);

        var (status, rebuild) = await index.EnsureCurrentAsync();

        Assert.Equal(RebuildOutcome.Rebuilt, rebuild!.Outcome);
        Assert.Equal(IndexState.Current, status.State);
        Assert.Equal(5, status.Info!.Documents);
        Assert.Equal(rebuild.Passages, status.Info.Passages);
        Assert.True(rebuild.Elapsed > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_changed_corpus_makes_the_index_stale_and_it_is_rebuilt()
    {
        using var index = new KnowledgeIndex(_indexPath, new FolderDocumentSource(_corpus));
        await index.RebuildAsync();
        File.WriteAllText(Path.Combine(_corpus, "new.md"), "# Added later\n\nA new document about the Patriot missile system arrived in the corpus after the first build.\n");

        Assert.Equal(IndexState.Stale, index.GetStatus().State);
        var (status, _) = await index.EnsureCurrentAsync();
        Assert.Equal(6, status.Info!.Documents);
    }

    [Fact]
    public async Task A_rebuild_that_fails_halfway_leaves_the_previous_index_serving()
    {
        var source = new ScriptedSource(_corpus);
        using var index = new KnowledgeIndex(_indexPath, source);
        await index.RebuildAsync();
        var before = index.GetStatus().Info!;
        File.WriteAllText(Path.Combine(_corpus, "extra.txt"), "Extra document\n\nThis document would change the counts if the failed rebuild had replaced the index.\n");
        source.FailAfter = 3;

        var result = await index.RebuildAsync();

        Assert.Equal(RebuildOutcome.Failed, result.Outcome);
        Assert.Contains("simulated", result.Error, StringComparison.Ordinal);
        var after = index.GetStatus().Info!;
        Assert.Equal(before.BuiltAt, after.BuiltAt);
        Assert.Equal(before.Passages, after.Passages);
        var answer = await new KnowledgeBase(index, new KnowledgeOptions()).AskAsync(Question);
        Assert.True(answer.Answered);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(_indexPath)!, "*.building-*"));
    }

    [Fact]
    public async Task An_unexpected_crash_mid_build_also_leaves_the_previous_index()
    {
        var source = new ScriptedSource(_corpus);
        using var index = new KnowledgeIndex(_indexPath, source);
        await index.RebuildAsync();
        var before = index.GetStatus().Info!;
        source.FailAfter = 2;
        source.Failure = new InvalidOperationException("bug in a parser (simulated)");

        await Assert.ThrowsAsync<InvalidOperationException>(() => index.RebuildAsync());

        Assert.Equal(before.BuiltAt, index.GetStatus().Info!.BuiltAt);
        Assert.True((await new KnowledgeBase(index, new KnowledgeOptions()).AskAsync(Question)).Answered);
    }

    [Fact]
    public async Task Leftovers_of_a_killed_build_are_ignored_and_cleaned_up()
    {
        using var index = new KnowledgeIndex(_indexPath, new FolderDocumentSource(_corpus));
        await index.RebuildAsync();
        var leftover = _indexPath + ".building-deadbeef";
        File.WriteAllText(leftover, "half-written garbage from a killed process");

        Assert.Equal(IndexState.Current, index.GetStatus().State);
        await index.RebuildAsync();
        Assert.False(File.Exists(leftover));
    }

    [Fact]
    public async Task Readers_keep_answering_while_the_index_is_rebuilt()
    {
        using var index = new KnowledgeIndex(_indexPath, new FolderDocumentSource(_corpus));
        await index.RebuildAsync();
        var knowledge = new KnowledgeBase(index, new KnowledgeOptions());
        using var stop = new CancellationTokenSource();
        var failures = new List<string>();
        var asked = 0;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var answer = await knowledge.AskAsync(Question);
                Interlocked.Increment(ref asked);
                if (!answer.Answered || !answer.Text.Contains("$2.5 billion", StringComparison.Ordinal))
                {
                    lock (failures) failures.Add(answer.Status + ": " + answer.Text);
                }
            }
        })).ToList();

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(RebuildOutcome.Rebuilt, (await index.RebuildAsync()).Outcome);
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
        Assert.Empty(failures);
        Assert.True(asked > 4);
    }

    [Fact]
    public async Task Only_one_rebuild_runs_at_a_time()
    {
        var source = new ScriptedSource(_corpus) { Gate = new SemaphoreSlim(0) };
        using var index = new KnowledgeIndex(_indexPath, source);
        var first = index.RebuildAsync();
        while (!index.IsRebuilding)
        {
            await Task.Delay(10);
        }

        var second = await index.RebuildAsync();
        source.Gate.Release(100);

        Assert.Equal(RebuildOutcome.AlreadyRunning, second.Outcome);
        Assert.Equal(RebuildOutcome.Rebuilt, (await first).Outcome);
    }

    [Fact]
    public async Task Another_process_holding_the_rebuild_lock_means_already_running()
    {
        using var index = new KnowledgeIndex(_indexPath, new FolderDocumentSource(_corpus));
        Directory.CreateDirectory(Path.GetDirectoryName(_indexPath)!);
        using (new FileStream(_indexPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.Equal(RebuildOutcome.AlreadyRunning, (await index.RebuildAsync()).Outcome);
        }

        Assert.Equal(RebuildOutcome.Rebuilt, (await index.RebuildAsync()).Outcome);
    }

    [Fact]
    public async Task A_corrupt_index_is_reported_unreadable_and_rebuilt_on_the_next_question()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_indexPath)!);
        File.WriteAllText(_indexPath, "this is not an SQLite database, just garbage bytes");
        using var index = new KnowledgeIndex(_indexPath, new FolderDocumentSource(_corpus));

        Assert.Equal(IndexState.Unreadable, index.GetStatus().State);
        var answer = await new KnowledgeBase(index, new KnowledgeOptions()).AskAsync(Question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(IndexState.Current, index.GetStatus().State);
    }

    [Fact]
    public async Task A_missing_corpus_folder_fails_the_rebuild_with_a_clear_message_and_keeps_the_index()
    {
        using var index = new KnowledgeIndex(_indexPath, new FolderDocumentSource(_corpus));
        await index.RebuildAsync();
        Directory.Delete(_corpus, recursive: true);

        var result = await index.RebuildAsync();

        Assert.Equal(RebuildOutcome.Failed, result.Outcome);
        Assert.Contains("does not exist", result.Error, StringComparison.Ordinal);
        Assert.True((await new KnowledgeBase(index, new KnowledgeOptions()).AskAsync(Question)).Answered);
    }
}
