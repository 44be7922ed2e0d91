using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Conversations;

/// <summary>
/// Answers run here, after Slack has been acknowledged: a few at a time, each failure logged and
/// contained, and on shutdown the ones in progress get the host's grace period to finish.
/// </summary>
internal sealed class SlackWork(ILogger<SlackWork> logger) : IDisposable
{
    private const int Concurrency = 8;
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _slots = new(Concurrency, Concurrency);
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private long _next;

    public void Run(string what, Func<CancellationToken, Task> work)
    {
        var id = Interlocked.Increment(ref _next);
        var task = Task.Run(async () =>
        {
            try
            {
                await _slots.WaitAsync(_stopping.Token).ConfigureAwait(false);
                try
                {
                    await work(_stopping.Token).ConfigureAwait(false);
                }
                finally
                {
                    _slots.Release();
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                logger.LogError(e, "Slack {Work} failed", what);
            }
            finally
            {
                _running.TryRemove(id, out _);
            }
        });
        _running[id] = task;
        if (task.IsCompleted)
        {
            _running.TryRemove(id, out _);
        }
    }

    /// <summary>Waits for the work in progress until <paramref name="cancellationToken"/> fires, then cancels what is left.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(_running.Values).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
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
}
