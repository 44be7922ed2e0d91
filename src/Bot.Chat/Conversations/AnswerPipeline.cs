using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Chat.Conversations;

// Where every adapter's answers run once the platform has been acknowledged: a few at a time, each
// failure logged and answered with Apology, and when the host stops the answers in
// progress get its grace period to finish before they are cancelled. One mechanism for Slack
// (events, slash commands) and Discord (gateway events, the HTTP interactions endpoint) alike, so
// that no answer runs untracked and none is lost silently at shutdown.
public sealed class AnswerPipeline(ILogger<AnswerPipeline> logger) : IDisposable
{
    // The one text a person gets when answering them failed, on every platform.
    public const string Apology = "Sorry, something went wrong while answering that. Please try again in a moment.";

    // Answers running at once; more wait their turn (a search is CPU-bound, a rebuild takes a lock anyway).
    public const int Concurrency = 8;

    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _slots = new(Concurrency, Concurrency);
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private long _next;

    // How many answers are queued or running.
    public int Pending => _running.Count;

    // Queues answer. If it fails, the failure is logged and apologise
    // (when given) is called with Apology. The returned task completes when the work is
    // over, and never faults.
    // what: For the log: "Slack event Ev123", "Discord message 456".
    public Task Run(string what, Func<CancellationToken, Task> answer, Func<string, CancellationToken, Task>? apologise = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var id = Interlocked.Increment(ref _next);
        var task = Task.Run(() => RunAsync(what, answer, apologise), CancellationToken.None);
        _running[id] = task;

        // Removal happens after the work (not inside it), so an id is never removed before it was added.
        _ = task.ContinueWith(_ => _running.TryRemove(id, out Task? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    // Waits for the answers in progress until cancellationToken fires, then cancels what is left.
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pending = _running.Values.ToArray();
            if (pending.Length > 0)
            {
                logger.LogInformation("Waiting for {Count} answer(s) in progress before stopping", pending.Length);
            }

            await Task.WhenAll(pending).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("Shutdown grace period over: cancelling {Count} answer(s) still in progress", _running.Count);
        }
        finally
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
        _slots.Dispose();
    }

    private async Task RunAsync(string what, Func<CancellationToken, Task> answer, Func<string, CancellationToken, Task>? apologise)
    {
        var token = _stopping.Token;
        try
        {
            await _slots.WaitAsync(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("{Work} was not answered: the bot is stopping", what);
            return;
        }

        try
        {
            await answer(token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            logger.LogWarning("{Work} was cancelled unanswered: the shutdown grace period ran out", what);
        }
        catch (Exception e)
        {
            logger.LogError(e, "{Work} failed", what);
            await ApologiseAsync(what, apologise, token).ConfigureAwait(false);
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task ApologiseAsync(string what, Func<string, CancellationToken, Task>? apologise, CancellationToken token)
    {
        if (apologise is null)
        {
            return;
        }

        try
        {
            await apologise(Apology, token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || token.IsCancellationRequested)
        {
            logger.LogWarning("Could not tell the person about the failure of {Work}: {Error}", what, e.Message);
        }
    }
}
