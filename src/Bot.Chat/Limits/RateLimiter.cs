using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Limits;

/// <summary>
/// A sliding window per person (platform + user id): at most N questions in any window. Over the
/// limit, the caller learns how long until the oldest question leaves the window.
/// </summary>
public sealed class RateLimiter(IOptions<RateLimitOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _history = new(StringComparer.Ordinal);

    /// <summary>Records a question and returns null, or returns how long to wait (nothing recorded).</summary>
    public TimeSpan? TryAcquire(string key)
    {
        var now = time.GetUtcNow();
        var window = TimeSpan.FromSeconds(options.Value.WindowSeconds);
        var queue = _history.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= window)
            {
                queue.Dequeue();
            }

            if (queue.Count >= options.Value.Questions)
            {
                return queue.Peek() + window - now;
            }

            queue.Enqueue(now);
            return null;
        }
    }
}
