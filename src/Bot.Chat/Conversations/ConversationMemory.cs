using Bot.Knowledge.Questions;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Conversations;

// The threads the bot has answered in and their last few turns, so that a follow-up is read in
// context and a thread reply without a mention is answered only where the bot already took part.
// A conversation key is the adapter's: "slack:C1:1700000000.000100" (channel and thread), a Discord
// channel or root message, "console". Adapters also link the messages the bot posted to their
// conversation, so a Discord reply to an answer finds it. Bounded (Capacity, MaxTurns) and expiring
// (Expiry since the last turn); kept in memory, so a restart starts every conversation afresh.
public sealed class ConversationMemory
{
    private readonly TimeProvider _time;
    private readonly ConversationOptions _options;
    private readonly Dictionary<string, Entry> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _messages = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public ConversationMemory(TimeProvider time, IOptions<ConversationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _options = options.Value;
    }

    // True when the bot answered in this conversation and it has not expired.
    public bool Knows(string conversation)
    {
        lock (_lock)
        {
            return Live(conversation) is not null;
        }
    }

    // The earlier turns, most recent first; empty for an unknown or expired conversation.
    public IReadOnlyList<ConversationTurn> Recall(string conversation)
    {
        lock (_lock)
        {
            return Live(conversation) is { } entry ? entry.Turns.AsEnumerable().Reverse().ToList() : [];
        }
    }

    // The context AskAsync reads a follow-up with, from turns as Recall gives them.
    public static QuestionContext ContextOf(IReadOnlyList<ConversationTurn> turns) =>
        turns.Count == 0 ? QuestionContext.None : new QuestionContext(
            turns.Select(t => t.Question).ToList(),
            turns.SelectMany(t => t.Citations).ToList());

    public void Remember(string conversation, ConversationTurn turn)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversation);
        ArgumentNullException.ThrowIfNull(turn);
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
            }
        }
    }

    // The live conversation a posted message belongs to, or null.
    public string? Find(string message)
    {
        lock (_lock)
        {
            return _messages.TryGetValue(message, out var conversation) && Live(conversation) is not null ? conversation : null;
        }
    }

    // "/new": the next question starts over.
    public void Forget(string conversation)
    {
        lock (_lock)
        {
            Remove(conversation);
        }
    }

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
