namespace Bot.Chat.Conversations;

// The ids of deliveries already taken, so that a repeat is acknowledged but never answered twice:
// Slack retries events and redelivers Socket Mode envelopes, Discord's gateway replays missed events
// after RESUME, and a captured signed HTTP request can be posted again while its timestamp is fresh.
// Memory is bounded both ways: an id is forgotten after memory, and past capacity ids
// the oldest goes first, so a flood costs at most capacity entries.
public sealed class ReplayGuard
{
    // How many ids every adapter remembers: far more than a burst of retries, a few hundred KB at most.
    public const int DefaultCapacity = 10_000;

    private readonly TimeProvider _time;
    private readonly TimeSpan _memory;
    private readonly int _capacity;
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    // The same ids in the order they were taken, so expiry and eviction only ever look at the front.
    private readonly Queue<(string Id, DateTimeOffset At)> _order = new();
    private readonly Lock _lock = new();

    public ReplayGuard(TimeProvider time, TimeSpan memory, int capacity)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(memory, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _time = time;
        _memory = memory;
        _capacity = capacity;
    }

    // How many ids are remembered now (never more than the capacity).
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _seen.Count;
            }
        }
    }

    // True the first time id is seen within the memory (handle it), false for a repeat (do nothing).
    public bool TryBegin(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        var now = _time.GetUtcNow();
        lock (_lock)
        {
            // A clock set back only delays expiry; the capacity still bounds what is kept.
            while (_order.TryPeek(out var oldest) && now - oldest.At >= _memory)
            {
                Drop();
            }

            if (_seen.Contains(id))
            {
                return false;
            }

            if (_seen.Count >= _capacity)
            {
                Drop();
            }

            _seen.Add(id);
            _order.Enqueue((id, now));
            return true;
        }
    }

    private void Drop() => _seen.Remove(_order.Dequeue().Id);
}
