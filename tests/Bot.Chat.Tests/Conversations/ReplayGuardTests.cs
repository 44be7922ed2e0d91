using Bot.Chat.Conversations;
using Bot.Testing;

namespace Bot.Chat.Tests.Conversations;

public sealed class ReplayGuardTests
{
    private static readonly TimeSpan Memory = TimeSpan.FromMinutes(15);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public void An_id_is_taken_once_and_a_repeat_is_refused_while_remembered()
    {
        var guard = new ReplayGuard(_clock, Memory, capacity: 100);

        Assert.True(guard.TryBegin("786008729715212338"));
        Assert.False(guard.TryBegin("786008729715212338"));
        Assert.True(guard.TryBegin("786008729715212339"));

        _clock.Advance(Memory - TimeSpan.FromSeconds(1));
        Assert.False(guard.TryBegin("786008729715212338"));
        Assert.Equal(2, guard.Count);
    }

    [Fact]
    public void After_the_memory_an_id_is_forgotten_and_its_entry_freed()
    {
        var guard = new ReplayGuard(_clock, Memory, capacity: 100);
        for (var i = 0; i < 50; i++)
        {
            Assert.True(guard.TryBegin("old-" + i));
        }

        _clock.Advance(Memory);

        Assert.True(guard.TryBegin("new"));
        Assert.Equal(1, guard.Count); // the 50 expired ids went without waiting for the capacity
        Assert.True(guard.TryBegin("old-0"));
    }

    [Fact]
    public void A_flood_past_the_capacity_keeps_at_most_the_capacity_dropping_the_oldest_first()
    {
        const int capacity = 1_000;
        var guard = new ReplayGuard(_clock, Memory, capacity);

        for (var i = 0; i < capacity * 5; i++)
        {
            Assert.True(guard.TryBegin("flood-" + i));
            Assert.True(guard.Count <= capacity);
        }

        Assert.Equal(capacity, guard.Count);
        Assert.False(guard.TryBegin("flood-" + (capacity * 5 - 1))); // the newest are still remembered
        Assert.False(guard.TryBegin("flood-" + (capacity * 4)));
        Assert.True(guard.TryBegin("flood-" + (capacity * 4 - 1))); // the oldest made room
        Assert.Equal(capacity, guard.Count);
    }

    [Fact]
    public void Nonsense_settings_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReplayGuard(_clock, TimeSpan.Zero, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReplayGuard(_clock, Memory, 0));
        Assert.Throws<ArgumentException>(() => new ReplayGuard(_clock, Memory, 10).TryBegin(""));
    }
}
