using System.Diagnostics;
using System.Globalization;
using Bot.Knowledge;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;

namespace Bot.Tests.CommandLine;

// Two real processes on one index folder: the rebuild lock must refuse the second one (Lucene's own
// lock does not, on Linux; issue 12), and a kill -9 halfway through a rebuild must release it and
// leave the previous generation serving.
public sealed class CrossProcessRebuildTests
{
    private const string Question = "How much did Turkey pay for the S-400?";

    [Fact]
    public async Task A_rebuild_in_another_process_is_refused_here_and_a_kill_9_releases_it_and_keeps_the_old_index()
    {
        using var folder = new TempFolder();
        var corpus = folder.CopySeeds();
        var indexPath = folder.File("index");
        using var index = new KnowledgeIndex(indexPath, new FolderDocumentSource(corpus));
        Assert.Equal(RebuildOutcome.Rebuilt, (await index.RebuildAsync()).Outcome);
        var before = index.GetStatus().Info!;
        var serving = Directory.GetDirectories(indexPath, "gen-*").Single();
        AddFiller(corpus, files: 4000); // enough that the other process's rebuild is still running when we look

        string killed;
        using var other = Process.Start(BotProcess.StartInfo(null, "index", "rebuild", "--corpus", corpus, "--index", indexPath))!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            while (Directory.GetDirectories(indexPath, "gen-*").Length < 2 && !other.HasExited)
            {
                await Task.Delay(20, timeout.Token); // its new generation folder appears once it holds the lock
            }

            Assert.False(other.HasExited, "the other process finished its rebuild before it could be observed");
            killed = Directory.GetDirectories(indexPath, "gen-*").Single(g => g != serving);
            var refused = await index.RebuildAsync();
            Assert.Equal(RebuildOutcome.AlreadyRunning, refused.Outcome);
            Assert.Contains("another process", refused.Error, StringComparison.Ordinal);
        }
        finally
        {
            other.Kill(); // SIGKILL on Unix: no clean-up runs in that process
            await other.WaitForExitAsync();
        }

        Assert.Equal(before.BuiltAt, index.GetStatus().Info!.BuiltAt);
        var knowledge = new KnowledgeBase(index, new KnowledgeOptions());
        Assert.True((await knowledge.AskAsync(Question)).Answered);

        var rebuilt = await index.RebuildAsync();
        Assert.Equal(RebuildOutcome.Rebuilt, rebuilt.Outcome);
        Assert.Equal(before.Documents + 4000, index.GetStatus().Info!.Documents);
        Assert.False(Directory.Exists(killed)); // the killed build's half-written generation
        Assert.True((await knowledge.AskAsync(Question)).Answered);
        Assert.Single(Directory.GetDirectories(indexPath, "gen-*")); // the old generation, once this process stopped using it
    }

    private static void AddFiller(string corpus, int files)
    {
        var filler = Path.Combine(corpus, "filler");
        Directory.CreateDirectory(filler);
        for (var i = 0; i < files; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            File.WriteAllText(Path.Combine(filler, $"note-{n}.md"),
                $"# Maintenance note {n}\n\nRoutine maintenance record number {n} for the depot's vehicle fleet. Each vehicle was inspected, its tyres were checked, "
                + $"its oil was changed and the log was signed by the duty officer on shift {n}.\n\nThe next inspection is scheduled after {n} more kilometres of driving.\n");
        }
    }
}
