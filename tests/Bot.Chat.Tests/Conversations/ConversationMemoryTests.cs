using Bot.Chat.Conversations;
using Bot.Knowledge.Answers;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Tests.Conversations;

// What the bot remembers of a thread: bounded, expiring, forgotten on /new.
public sealed class ConversationMemoryTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private ConversationMemory Memory(int maxTurns = 4, int capacity = 100, TimeSpan? expiry = null) =>
        new(_clock, Options.Create(new ConversationOptions { MaxTurns = maxTurns, Capacity = capacity, Expiry = expiry ?? TimeSpan.FromHours(24) }));

    private ConversationTurn Turn(string question, string? answerId = null) => new(question, [], answerId, _clock.GetUtcNow());

    [Fact]
    public void Recall_gives_the_turns_most_recent_first()
    {
        var memory = Memory();
        memory.Remember("slack:C1:1.0", Turn("first"));
        memory.Remember("slack:C1:1.0", Turn("second"));

        Assert.Equal(["second", "first"], memory.Recall("slack:C1:1.0").Select(t => t.Question));
        Assert.True(memory.Knows("slack:C1:1.0"));
        Assert.False(memory.Knows("slack:C1:2.0"));
        Assert.Empty(memory.Recall("slack:C1:2.0"));
    }

    [Fact]
    public void A_conversation_expires_after_the_expiry_since_its_last_turn()
    {
        var memory = Memory(expiry: TimeSpan.FromHours(1));
        memory.Remember("c", Turn("first"));
        _clock.Advance(TimeSpan.FromMinutes(50));
        memory.Remember("c", Turn("second")); // a new turn keeps it alive
        _clock.Advance(TimeSpan.FromMinutes(50));

        Assert.True(memory.Knows("c"));
        _clock.Advance(TimeSpan.FromMinutes(10));
        Assert.False(memory.Knows("c"));
        Assert.Empty(memory.Recall("c"));
    }

    [Fact]
    public void Only_the_last_MaxTurns_turns_are_kept()
    {
        var memory = Memory(maxTurns: 2);
        foreach (var q in new[] { "one", "two", "three" })
        {
            memory.Remember("c", Turn(q));
        }

        Assert.Equal(["three", "two"], memory.Recall("c").Select(t => t.Question));
    }

    [Fact]
    public void Past_capacity_the_least_recently_used_conversation_is_forgotten()
    {
        var memory = Memory(capacity: 2);
        memory.Remember("a", Turn("a1"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        memory.Remember("b", Turn("b1"));
        _clock.Advance(TimeSpan.FromMinutes(1));
        memory.Remember("a", Turn("a2")); // a is now the more recent
        _clock.Advance(TimeSpan.FromMinutes(1));
        memory.Remember("c", Turn("c1"));

        Assert.True(memory.Knows("a"));
        Assert.False(memory.Knows("b"));
        Assert.True(memory.Knows("c"));
    }

    [Fact]
    public void Past_capacity_expired_conversations_go_before_live_ones()
    {
        var memory = Memory(capacity: 2, expiry: TimeSpan.FromHours(1));
        memory.Remember("old", Turn("o"));
        _clock.Advance(TimeSpan.FromMinutes(59));
        memory.Remember("live", Turn("l"));
        _clock.Advance(TimeSpan.FromMinutes(2)); // "old" has expired, "live" has not
        memory.Remember("new", Turn("n"));

        Assert.True(memory.Knows("live"));
        Assert.True(memory.Knows("new"));
        Assert.False(memory.Knows("old"));
    }

    [Fact]
    public void A_posted_message_finds_its_conversation_until_it_is_forgotten_or_expires()
    {
        var memory = Memory(expiry: TimeSpan.FromHours(1));
        memory.Link("m0", "c"); // nothing to link to yet
        memory.Remember("c", Turn("q"));
        memory.Link("m1", "c");

        Assert.Null(memory.Find("m0"));
        Assert.Equal("c", memory.Find("m1"));
        memory.Forget("c");
        Assert.Null(memory.Find("m1"));
        Assert.False(memory.Knows("c"));

        memory.Remember("d", Turn("q"));
        memory.Link("m2", "d");
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Null(memory.Find("m2"));
    }

    [Fact]
    public void ContextOf_gives_the_questions_and_their_citations_in_recall_order()
    {
        var citation = new Citation(1, "a.txt", "A", null, null, null, null, 3, "excerpt", [], "passage", 1.0);
        var memory = Memory();
        memory.Remember("c", new ConversationTurn("first", [citation], "x1", _clock.GetUtcNow()));
        memory.Remember("c", Turn("second"));

        var context = ConversationMemory.ContextOf(memory.Recall("c"));

        Assert.Equal(["second", "first"], context.PreviousQuestions);
        Assert.Equal([citation], context.PreviousCitations);
        Assert.True(ConversationMemory.ContextOf([]).IsEmpty);
    }
}
