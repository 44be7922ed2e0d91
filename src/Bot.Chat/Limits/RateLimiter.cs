using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Limits;

// A sliding window per person (platform + user id): at most N questions in any window. Over the
// limit, the caller learns how long until the oldest question leaves the window. People whose
// questions have all left the window are forgotten (swept at most once per window), so memory
// follows the people active in the last window or two, not everyone who ever asked.
public sealed class RateLimiter(IOptions<RateLimitOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _history = new(StringComparer.Ordinal);
    private long _lastSweepTicks = time.GetUtcNow().UtcTicks;

    // How many people are remembered now.
    public int Tracked => _history.Count;

    // Records a question and returns null, or returns how long to wait (nothing recorded).
    public TimeSpan? TryAcquire(string key)
    {
        var now = time.GetUtcNow();
        var window = TimeSpan.FromSeconds(options.Value.WindowSeconds);
        SweepIfDue(now, window);
        while (true)
        {
            var queue = _history.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
            lock (queue)
            {
                // A sweep may have removed this queue after GetOrAdd returned it: take the live one.
                if (!_history.TryGetValue(key, out var live) || !ReferenceEquals(live, queue))
                {
                    continue;
                }

                Expire(queue, now, window);
                if (queue.Count >= options.Value.Questions)
                {
                    return queue.Peek() + window - now;
                }

                queue.Enqueue(now);
                return null;
            }
        }
    }

    private void SweepIfDue(DateTimeOffset now, TimeSpan window)
    {
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now.UtcTicks - last < window.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach (var (key, queue) in _history)
        {
            lock (queue)
            {
                Expire(queue, now, window);
                if (queue.Count == 0)
                {
                    _history.TryRemove(new KeyValuePair<string, Queue<DateTimeOffset>>(key, queue));
                }
            }
        }
    }

    private static void Expire(Queue<DateTimeOffset> queue, DateTimeOffset now, TimeSpan window)
    {
        while (queue.Count > 0 && now - queue.Peek() >= window)
        {
            queue.Dequeue();
        }
    }
}
