using Bot.Chat.Limits;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Tests.Limits;

public sealed class RateLimiterTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void People_who_stopped_asking_are_forgotten_so_memory_stays_bounded()
    {
        var limiter = new RateLimiter(Options.Create(new RateLimitOptions { Questions = 2, WindowSeconds = 60 }), _clock);
        for (var i = 0; i < 10_000; i++)
        {
            Assert.Null(limiter.TryAcquire($"slack:U{i}"));
        }

        Assert.Equal(10_000, limiter.Tracked);

        // A window later, one question from someone: everyone idle for the whole window goes.
        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Null(limiter.TryAcquire("discord:42"));

        Assert.Equal(1, limiter.Tracked);
    }

    [Fact]
    public void Forgetting_never_lifts_a_limit_that_still_applies()
    {
        var limiter = new RateLimiter(Options.Create(new RateLimitOptions { Questions = 2, WindowSeconds = 60 }), _clock);
        Assert.Null(limiter.TryAcquire("slack:U1"));
        _clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Null(limiter.TryAcquire("slack:U1"));
        Assert.Equal(TimeSpan.FromSeconds(30), limiter.TryAcquire("slack:U1"));

        _clock.Advance(TimeSpan.FromSeconds(31)); // a sweep runs; U1's second question is still in the window
        Assert.Null(limiter.TryAcquire("slack:U1"));
        Assert.Equal(TimeSpan.FromSeconds(29), limiter.TryAcquire("slack:U1"));
    }
}
