using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Index;

// Reads and prepares documents on a second thread while the caller writes the previous ones to
// the index, so parsing and tokenizing overlap with the inserts instead of adding to them. At most
// Depth prepared documents wait, which bounds memory on a large corpus. A failure on
// either side stops both and surfaces as the original exception on the caller's thread.
internal static class PreparationPipeline
{
    private const int Depth = 4;

    public static IEnumerable<PreparedDocument> Run(IDocumentSource source, TermStatistics statistics, ContentHash content, Action<SkippedFile> skipped, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<PreparedDocument>(Depth);
        ExceptionDispatchInfo? failure = null;
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var file in source.Read(skipped, stop.Token))
                    {
                        stop.Token.ThrowIfCancellationRequested();
                        content.Add(file);
                        if (DocumentPreparer.Prepare(file, statistics) is { } prepared)
                        {
                            queue.Add(prepared, stop.Token);
                        }
                        else
                        {
                            skipped(new SkippedFile(file.RelativePath, "no paragraphs of text after cleaning"));
                        }
                    }
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            foreach (var document in queue.GetConsumingEnumerable(CancellationToken.None))
            {
                yield return document;
            }
        }
        finally
        {
            // Stopping early (the writer failed or was cancelled): the producer must not outlive the build.
            stop.Cancel();
            producer.Wait(CancellationToken.None);
        }

        // A cancelled build reports the caller's cancellation, not the linked token's.
        cancellationToken.ThrowIfCancellationRequested();
        failure?.Throw();
    }
}
