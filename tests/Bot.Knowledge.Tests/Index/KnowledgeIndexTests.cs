using Bot.Knowledge.Answers;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;
using Bot.Testing;

namespace Bot.Knowledge.Tests.Index;

public sealed class KnowledgeIndexTests : IDisposable
{
    private const string Question = "How much did Turkey pay for the S-400?";
    private readonly TempFolder _folder = new();
    private readonly string _corpus;
    private readonly string _indexPath;

    public KnowledgeIndexTests()
    {
        _corpus = _folder.CopySeeds();
        _indexPath = _folder.File("index/lucene");
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
        Assert.Single(Directory.GetDirectories(_indexPath, "gen-*"));
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
        var leftover = Path.Combine(_indexPath, "gen-20200101000000000-dead00");
        Directory.CreateDirectory(leftover);
        File.WriteAllText(Path.Combine(leftover, "_0.cfs"), "half-written garbage from a killed process");

        Assert.Equal(IndexState.Current, index.GetStatus().State);
        await index.RebuildAsync();
        Assert.False(Directory.Exists(leftover));
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
        Directory.CreateDirectory(_indexPath);
        using (new FileStream(Path.Combine(_indexPath, "rebuild.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.Equal(RebuildOutcome.AlreadyRunning, (await index.RebuildAsync()).Outcome);
        }

        Assert.Equal(RebuildOutcome.Rebuilt, (await index.RebuildAsync()).Outcome);
    }

    [Fact]
    public async Task Bytes_overwritten_in_a_segment_file_mark_the_index_damaged_and_it_is_rebuilt_in_the_background()
    {
        using var index = new KnowledgeIndex(_indexPath, new FolderDocumentSource(_corpus));
        await index.RebuildAsync();
        var knowledge = new KnowledgeBase(index, new KnowledgeOptions());
        Assert.True((await knowledge.AskAsync(Question)).Answered);
        var segment = LargestFile(CurrentGeneration());
        using (var stream = new FileStream(segment, FileMode.Open, FileAccess.Write))
        {
            stream.Position = stream.Length / 2;
            stream.Write(Enumerable.Repeat((byte)0x5A, 64).ToArray());
        }

        var damaged = index.GetStatus();
        Assert.Equal(IndexState.Damaged, damaged.State);
        Assert.Contains("damaged", damaged.Detail, StringComparison.Ordinal);
        await AnswersWithoutThrowing(knowledge);

        await index.BackgroundRebuild!;
        Assert.Equal(IndexState.Current, index.GetStatus().State);
        Assert.True((await knowledge.AskAsync(Question)).Answered);
        Assert.Equal(5, knowledge.ListDocuments().Count);
    }

    [Fact]
    public async Task A_missing_segment_file_marks_the_index_damaged_and_every_command_answers_with_one_line()
    {
        using var index = new KnowledgeIndex(_indexPath, new FolderDocumentSource(_corpus));
        await index.RebuildAsync();
        File.Delete(LargestFile(CurrentGeneration()));
        using var fresh = new KnowledgeIndex(_indexPath, new FolderDocumentSource(_corpus));
        var knowledge = new KnowledgeBase(fresh, new KnowledgeOptions());

        var answer = await knowledge.AskAsync(Question);
        Assert.Equal(AnswerStatus.IndexUnavailable, answer.Status);
        Assert.DoesNotContain('\n', answer.Text);
        Assert.Equal(IndexState.Damaged, fresh.GetStatus().State);

        await fresh.BackgroundRebuild!;
        Assert.Equal(IndexState.Current, fresh.GetStatus().State);
        Assert.True((await knowledge.AskAsync(Question)).Answered);
    }

    [Fact]
    public async Task A_long_lived_process_answers_from_an_index_another_process_rebuilt()
    {
        using var serving = new KnowledgeIndex(_indexPath, new FolderDocumentSource(_corpus));
        await serving.RebuildAsync();
        var knowledge = new KnowledgeBase(serving, new KnowledgeOptions());
        Assert.Equal(5, knowledge.ListDocuments().Count);
        File.WriteAllText(Path.Combine(_corpus, "patriot.md"), "# Patriot order\n\nGreece ordered twelve Patriot batteries from Raytheon for 9.7 billion euros in a single contract.\n");

        using (var other = new KnowledgeIndex(_indexPath, new FolderDocumentSource(_corpus)))
        {
            Assert.Equal(RebuildOutcome.Rebuilt, (await other.RebuildAsync()).Outcome);
        }

        Assert.Equal(6, knowledge.ListDocuments().Count);
        Assert.Equal(6, serving.GetStatus().Info!.Documents);
        Assert.Contains("Raytheon", (await knowledge.AskAsync("How many Patriot batteries did Greece order?")).Text, StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(_indexPath, "gen-*"));
    }

    [Fact]
    public async Task A_copied_corpus_with_new_times_but_the_same_content_is_current()
    {
        using var index = new KnowledgeIndex(_indexPath, new FolderDocumentSource(_corpus));
        await index.RebuildAsync();
        foreach (var file in Directory.GetFiles(_corpus, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(5));
        }

        Assert.Equal(IndexState.Current, index.GetStatus().State);
        File.AppendAllText(Directory.GetFiles(_corpus, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First(), "\nOne more sentence about a new contract.\n");
        Assert.Equal(IndexState.Stale, index.GetStatus().State);
    }

    private static async Task AnswersWithoutThrowing(KnowledgeBase knowledge)
    {
        var answer = await knowledge.AskAsync(Question);
        Assert.DoesNotContain('\n', answer.Status == AnswerStatus.IndexUnavailable ? answer.Text : "");
        try
        {
            knowledge.ListDocuments();
        }
        catch (IndexUnavailableException e)
        {
            Assert.DoesNotContain('\n', e.Message);
        }
    }

    private string CurrentGeneration() => Path.Combine(_indexPath, File.ReadAllText(Path.Combine(_indexPath, "current")).Trim());

    private static string LargestFile(string folder) =>
        new DirectoryInfo(folder).GetFiles().Where(f => !f.Name.StartsWith("segments", StringComparison.Ordinal)).OrderByDescending(f => f.Length).First().FullName;

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
