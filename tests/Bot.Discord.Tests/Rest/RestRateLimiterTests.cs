using Bot.Discord.Rest;

namespace Bot.Discord.Tests.Rest;

// Bucket bookkeeping (https://discord.com/developers/docs/topics/rate-limits), on a hand-moved clock.
public sealed class RestRateLimiterTests
{
    private static readonly RestRoute Channel42 = RestRoute.CreateMessage("42");
    private static readonly RestRoute Channel43 = RestRoute.CreateMessage("43");

    [Fact]
    public void Unknown_buckets_are_not_limited_and_known_ones_count_down_to_their_reset()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var limiter = new RestRateLimiter(clock);
        Assert.Equal(TimeSpan.Zero, limiter.TryReserve(Channel42));

        limiter.Update(Channel42, new RateLimitHeaders("abcd1234", 1, TimeSpan.FromSeconds(2), false, null, null));
        Assert.Equal(TimeSpan.Zero, limiter.TryReserve(Channel42));
        Assert.Equal(TimeSpan.FromSeconds(2), limiter.TryReserve(Channel42));

        // Same bucket, another channel: a different top-level resource, its own count.
        Assert.Equal(TimeSpan.Zero, limiter.TryReserve(Channel43));

        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(TimeSpan.Zero, limiter.TryReserve(Channel42));
    }

    [Fact]
    public void A_global_429_holds_every_route_until_retry_after()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var limiter = new RestRateLimiter(clock);
        limiter.OnRateLimited(Channel42, TimeSpan.FromSeconds(3), global: true);

        Assert.Equal(TimeSpan.FromSeconds(3), limiter.TryReserve(Channel43));
        Assert.Equal(TimeSpan.FromSeconds(3), limiter.TryReserve(RestRoute.GatewayBot()));
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.Zero, limiter.TryReserve(Channel43));
    }

    [Fact]
    public void A_bucket_429_holds_only_that_bucket()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var limiter = new RestRateLimiter(clock);
        limiter.OnRateLimited(Channel42, TimeSpan.FromSeconds(1.5), global: false);

        Assert.Equal(TimeSpan.FromSeconds(1.5), limiter.TryReserve(Channel42));
        Assert.Equal(TimeSpan.Zero, limiter.TryReserve(Channel43));
    }
}
