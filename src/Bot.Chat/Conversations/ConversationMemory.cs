using Bot.Chat.Questions;
using Bot.Knowledge.Questions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Conversations;

// The threads the bot has answered in and their last few turns, so that a follow-up is read in
// context and a thread reply without a mention is answered only where the bot already took part.
// A conversation key is the adapter's: "slack:C1:1700000000.000100" (channel and thread), a Discord
// channel or root message, "console". Adapters also link the messages the bot posted to their
// conversation, so a Discord reply to an answer finds it. Bounded (Capacity, MaxTurns) and expiring
// (Expiry since the last turn). With the question log on, every turn, link and "/new" is also queued
// to the log's file (never written on the answer path), and a conversation memory does not hold (the
// bot restarted, or evicted it) is read back from there on a miss, so a restart forgets nothing that
// has not expired. Without the log, or with a log that cannot be read, memory alone is used.
public sealed class ConversationMemory
{
    private readonly TimeProvider _time;
    private readonly ConversationOptions _options;
    private readonly QuestionLog? _log;
    private readonly ILogger<ConversationMemory>? _logger;
    private int _warned;
    private readonly Dictionary<string, Entry> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);

    // Conversations ended ("/new") while this process runs, and when: the log's copy is deleted through
    // the queue, so until that is written a read from the log must not bring the old turns back.
    private readonly Dictionary<string, DateTimeOffset> _ended = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public ConversationMemory(TimeProvider time, IOptions<ConversationOptions> options, QuestionLog? log = null, ILogger<ConversationMemory>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _options = options.Value;
        _log = log;
        _logger = logger;
    }

    // True when the bot answered in this conversation and it has not expired.
    public bool Knows(string conversation) => Turns(conversation) is not null;

    // The earlier turns, most recent first; empty for an unknown or expired conversation.
    public IReadOnlyList<ConversationTurn> Recall(string conversation) => Turns(conversation) ?? [];

    // The context AskAsync reads a follow-up with, from turns as Recall gives them.
    public static QuestionContext ContextOf(IReadOnlyList<ConversationTurn> turns) =>
        turns.Count == 0 ? QuestionContext.None : new QuestionContext(
            turns.Select(t => t.Question).ToList(),
            turns.SelectMany(t => t.Citations).ToList());

    // user: who asked, so that "bot log forget" deletes their turns from the log; without it the turn
    // is kept in memory only.
    public void Remember(string conversation, ConversationTurn turn, ChatUser? user = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversation);
        ArgumentNullException.ThrowIfNull(turn);
        Load(conversation); // a turn after a restart joins the stored ones
        lock (_lock)
        {
            var entry = Live(conversation);
            if (entry is null)
            {
                EvictIfFull();
                entry = new Entry();
                _conversations[conversation] = entry;
            }

            entry.Turns.Add(turn);
            if (entry.Turns.Count > _options.MaxTurns)
            {
                entry.Turns.RemoveAt(0);
            }

            entry.LastUsed = _time.GetUtcNow();
            if (user is not null)
            {
                _log?.Record(new ConversationTurnRecord(
                    entry.LastUsed, user.Platform, user.Id, conversation, turn.Question, StoredCitations.Encode(turn.Citations), turn.AnswerId, _options.MaxTurns));
            }
        }
    }

    // Ties a message the bot posted (a Discord answer's id) to the conversation it belongs to.
    public void Link(string message, string conversation)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        ArgumentException.ThrowIfNullOrEmpty(conversation);
        lock (_lock)
        {
            if (_conversations.TryGetValue(conversation, out var entry))
            {
                _messages[message] = conversation;
                entry.Messages.Add(message);
                _log?.Record(new ConversationLinkRecord(_time.GetUtcNow(), PlatformOf(conversation), message, conversation));
            }
        }
    }

    // The live conversation a posted message belongs to, or null.
    public string? Find(string message)
    {
        string? known;
        lock (_lock)
        {
            known = _messages.TryGetValue(message, out var conversation) ? conversation : null;
        }

        known ??= Stored(store => store.ConversationOf(message));
        return known is not null && Turns(known) is not null ? known : null;
    }

    // "/new": the next question starts over.
    public void Forget(string conversation)
    {
        lock (_lock)
        {
            Remove(conversation);
            if (_log?.Store is not null)
            {
                ForgetEndedBefore(_time.GetUtcNow() - _options.Expiry);
                _ended[conversation] = _time.GetUtcNow();
            }

            _log?.Record(new ConversationEndRecord(_time.GetUtcNow(), PlatformOf(conversation), conversation));
        }
    }

    // The live conversation's turns, most recent first, from memory or else the log; null when none.
    private List<ConversationTurn>? Turns(string conversation)
    {
        Load(conversation);
        lock (_lock)
        {
            return Live(conversation) is { } entry ? entry.Turns.AsEnumerable().Reverse().ToList() : null;
        }
    }

    // Reads a conversation memory does not hold from the log (outside the lock: it is a file read),
    // and keeps it if it has not expired. A "/new" or a turn still in the log's queue is not seen
    // here, but memory already holds the conversation then, so nothing is read.
    private void Load(string conversation)
    {
        lock (_lock)
        {
            if (_log?.Store is null || Live(conversation) is not null)
            {
                return;
            }
        }

        if (Stored(store => store.Conversation(conversation, _options.MaxTurns)) is not { } stored
            || _time.GetUtcNow() - stored.Turns[0].Time >= _options.Expiry)
        {
            return;
        }

        lock (_lock)
        {
            if (_conversations.ContainsKey(conversation))
            {
                return; // a turn arrived meanwhile: memory is newer
            }

            if (_ended.TryGetValue(conversation, out var ended) && stored.Turns[0].Time <= ended)
            {
                return; // "/new" was said after these turns; the log has not deleted them yet
            }

            EvictIfFull();
            var entry = new Entry { LastUsed = stored.Turns[0].Time };
            entry.Turns.AddRange(stored.Turns.AsEnumerable().Reverse().Select(t => new ConversationTurn(t.Question, StoredCitations.Decode(t.Citations), t.AnswerId, t.Time)));
            foreach (var message in stored.Messages)
            {
                _messages[message] = conversation;
                entry.Messages.Add(message);
            }

            _conversations[conversation] = entry;
        }
    }

    // Bounds _ended: a conversation ended longer than Expiry ago would have expired anyway. Past
    // Capacity the oldest go too (a stale read could then bring back turns "/new" ended, never
    // older than Expiry, and only while the log's queue lags that far behind).
    private void ForgetEndedBefore(DateTimeOffset cutoff)
    {
        if (_ended.Count < _options.Capacity)
        {
            return;
        }

        foreach (var key in _ended.Where(e => e.Value < cutoff).Select(e => e.Key).ToList())
        {
            _ended.Remove(key);
        }

        if (_ended.Count >= _options.Capacity)
        {
            _ended.Remove(_ended.MinBy(e => e.Value).Key);
        }
    }

    // A read from the log; a log that cannot be read (not yet created, damaged, locked) is memory alone.
    private T? Stored<T>(Func<QuestionLogStore, T?> read)
        where T : class
    {
        if (_log?.Store is not { } store)
        {
            return null;
        }

        try
        {
            return read(store);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            if (Interlocked.Exchange(ref _warned, 1) == 0)
            {
                _logger?.LogWarning("Conversations could not be read from the question log {Path} (memory alone is used): {Error}", store.Path, e.Message);
            }

            return null;
        }
    }

    // "slack:C1:…" → "slack"; the console's key is its own platform.
    private static string PlatformOf(string conversation) => conversation.Split(':', 2)[0];

    private Entry? Live(string conversation)
    {
        if (!_conversations.TryGetValue(conversation, out var entry))
        {
            return null;
        }

        if (_time.GetUtcNow() - entry.LastUsed < _options.Expiry)
        {
            return entry;
        }

        Remove(conversation);
        return null;
    }

    private void EvictIfFull()
    {
        if (_conversations.Count < _options.Capacity)
        {
            return;
        }

        // Expired ones first; if none, the least recently used.
        var now = _time.GetUtcNow();
        var expired = _conversations.Where(c => now - c.Value.LastUsed >= _options.Expiry).Select(c => c.Key).ToList();
        foreach (var key in expired)
        {
            Remove(key);
        }

        if (_conversations.Count >= _options.Capacity)
        {
            Remove(_conversations.MinBy(c => c.Value.LastUsed).Key);
        }
    }

    private void Remove(string conversation)
    {
        if (_conversations.Remove(conversation, out var entry))
        {
            foreach (var message in entry.Messages)
            {
                _messages.Remove(message);
            }
        }
    }

    private sealed class Entry
    {
        public List<ConversationTurn> Turns { get; } = [];

        public List<string> Messages { get; } = [];

        public DateTimeOffset LastUsed { get; set; }
    }
}
