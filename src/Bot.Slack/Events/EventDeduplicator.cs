namespace Bot.Slack.Events;

/// <summary>
/// Remembers handled <c>event_id</c>s. Slack redelivers an event it thinks was not acknowledged (HTTP
/// <c>X-Slack-Retry-Num</c>, Socket Mode <c>retry_attempt</c>; up to 3 times over about 5 minutes,
/// FACTS B2): a retry is acknowledged again but never answered twice.
/// </summary>
internal sealed class EventDeduplicator(TimeProvider time)
{
    private const int Capacity = 10_000;
    private static readonly TimeSpan Memory = TimeSpan.FromHours(1);
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>True the first time an id is seen (the caller handles the event), false for a repeat.</summary>
    public bool TryBegin(string eventId)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            if (_seen.TryGetValue(eventId, out var at) && now - at < Memory)
            {
                return false;
            }

            if (_seen.Count >= Capacity)
            {
                Forget(now);
            }

            _seen[eventId] = now;
            return true;
        }
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (id, at) in _seen.ToList())
        {
            if (now - at >= Memory)
            {
                _seen.Remove(id);
            }
        }

        // Still full (a flood within the hour): drop the oldest half rather than grow without bound.
        if (_seen.Count >= Capacity)
        {
            foreach (var (id, _) in _seen.OrderBy(p => p.Value).Take(Capacity / 2).ToList())
            {
                _seen.Remove(id);
            }
        }
    }
}
