using System.Collections.Concurrent;

namespace Bot.Discord.Rest;

// Client-side rate limiting as https://discord.com/developers/docs/topics/rate-limits asks: state keyed on Discord's bucket hash plus the
// top-level resource, learned from response headers, never hard-coded; a 429 blocks its bucket
// (or every route when global) until retry_after has passed, so we never send a burst of 429s.
internal sealed class RestRateLimiter(TimeProvider time)
{
    private const int PruneAbove = 1000;
    private const int MaxWaits = 100;

    // Timers may fire a millisecond early and Discord's clock is not ours: arrive just after a reset, not just before.
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);
    private readonly ConcurrentDictionary<string, string> _bucketOfRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalLock = new();
    private DateTimeOffset _globalUntil;

    // Waits until the route's bucket (and the global limit) allows one more request, and reserves it.
    public async Task WaitAsync(RestRoute route, CancellationToken cancellationToken)
    {
        for (var i = 0; i < MaxWaits; i++)
        {
            var wait = TryReserve(route);
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait + Margin, time, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Update(RestRoute route, RateLimitHeaders headers)
    {
        if (headers.Bucket is { } hash)
        {
            _bucketOfRoute[route.Name] = hash;
        }

        if (headers.Remaining is { } remaining && headers.ResetAfter is { } resetAfter)
        {
            var bucket = Bucket(route);
            lock (bucket)
            {
                bucket.Remaining = remaining;
                bucket.ResetAt = time.GetUtcNow() + resetAfter;
            }
        }
    }

    public void OnRateLimited(RestRoute route, TimeSpan retryAfter, bool global)
    {
        var until = time.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (_globalLock)
            {
                _globalUntil = until > _globalUntil ? until : _globalUntil;
            }

            return;
        }

        var bucket = Bucket(route);
        lock (bucket)
        {
            bucket.Remaining = 0;
            bucket.ResetAt = until > bucket.ResetAt ? until : bucket.ResetAt;
        }
    }

    internal TimeSpan TryReserve(RestRoute route)
    {
        var now = time.GetUtcNow();
        lock (_globalLock)
        {
            if (_globalUntil > now)
            {
                return _globalUntil - now;
            }
        }

        var bucket = Bucket(route);
        lock (bucket)
        {
            if (bucket.ResetAt <= now)
            {
                bucket.Remaining = null;
            }

            if (bucket.Remaining <= 0)
            {
                return bucket.ResetAt - now;
            }

            bucket.Remaining--;
            return TimeSpan.Zero;
        }
    }

    private RateLimitBucket Bucket(RestRoute route)
    {
        if (_buckets.Count > PruneAbove)
        {
            // Webhook buckets are per interaction token: forget the ones whose window has passed.
            var now = time.GetUtcNow();
            foreach (var (staleKey, stale) in _buckets)
            {
                if (stale.ResetAt < now)
                {
                    _buckets.TryRemove(staleKey, out _);
                }
            }
        }

        var key = (_bucketOfRoute.TryGetValue(route.Name, out var hash) ? hash : route.Name) + ":" + route.Major;
        return _buckets.GetOrAdd(key, _ => new RateLimitBucket());
    }
}
