using Bot.Knowledge.Index;
using Spectre.Console;

namespace Bot.Terminal;

// Runs a rebuild with a progress bar when stderr is a terminal, and a plain log line otherwise,
// always on stderr so stdout carries only answers.
internal static class RebuildDisplay
{
    private static readonly IAnsiConsole Stderr = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static async Task<RebuildResult?> EnsureCurrentAsync(KnowledgeIndex index, CancellationToken cancellationToken)
    {
        var status = index.GetStatus();
        if (status.State == IndexState.Current)
        {
            return null;
        }

        await Console.Error.WriteLineAsync($"Index {status.State.ToString().ToLowerInvariant()} ({status.Detail}); building it from {index.CorpusDescription} …").ConfigureAwait(false);
        var result = await RebuildAsync(index, RebuildTrigger.Startup, cancellationToken).ConfigureAwait(false);
        return index.GetStatus().IsUsable ? result : throw new IndexUnavailableException(result.Error ?? "the index could not be built");
    }

    public static async Task<RebuildResult> RebuildAsync(KnowledgeIndex index, RebuildTrigger trigger, CancellationToken cancellationToken)
    {
        RebuildResult result;
        if (Console.IsErrorRedirected)
        {
            result = await index.RebuildAsync(trigger, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        else
        {
            result = await Stderr.Progress().AutoClear(true).StartAsync(async context =>
            {
                var task = context.AddTask("Indexing");
                var progress = new Progress<RebuildProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.DocumentsTotal);
                    task.Value = p.DocumentsDone;
                    task.Description = $"Indexing {p.DocumentsDone}/{p.DocumentsTotal} ({p.Passages} passages)";
                });
                return await index.RebuildAsync(trigger, progress, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }

        foreach (var skipped in result.Skipped)
        {
            await Console.Error.WriteLineAsync($"warning: skipped {skipped.RelativePath}: {skipped.Reason}").ConfigureAwait(false);
        }

        await Console.Error.WriteLineAsync(Chat.Rendering.PlainTextRenderer.Rebuild(result)).ConfigureAwait(false);
        return result;
    }
}
