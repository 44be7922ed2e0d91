using Bot.Discord.Gateway;

namespace Bot.Discord.Tests.Gateway;

public sealed class ReconnectBackoffTests
{
    private static readonly ConnectionOutcome Lost = ConnectionOutcome.Resume("connection lost: refused");

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.5, 3.0)]
    [InlineData(1.0, 5.0)]
    public void Invalid_session_after_a_run_of_failed_connections_still_identifies_within_1_to_5_s(double random, double expectedSeconds)
    {
        var backoff = new ReconnectBackoff(() => random);

        // A server restart: five connections refused in a row, backing off to 16 s.
        for (var i = 0; i < 5; i++)
        {
            backoff.Next(Lost, helloArrived: false, sessionStarted: false);
        }

        Assert.True(backoff.Next(Lost, helloArrived: false, sessionStarted: false) >= TimeSpan.FromSeconds(24));

        // Then HELLO, and op 9 d:false: "wait a random amount of time between 1 and 5 seconds".
        var invalid = ConnectionOutcome.NewSession("invalid session (op 9)", backoff.InvalidSessionDelay());
        var delay = backoff.Next(invalid, helloArrived: true, sessionStarted: false);

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
        Assert.Equal(1, backoff.Failures);
    }

    [Fact]
    public void Failures_before_hello_back_off_exponentially_up_to_a_minute()
    {
        var backoff = new ReconnectBackoff(() => 1.0);

        var delays = Enumerable.Range(0, 9).Select(_ => backoff.Next(Lost, helloArrived: false, sessionStarted: false).TotalSeconds).ToList();

        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], delays);
    }

    [Fact]
    public void A_session_resets_the_count_and_reconnects_at_once()
    {
        var backoff = new ReconnectBackoff(() => 0.5);
        backoff.Next(Lost, helloArrived: false, sessionStarted: false);
        backoff.Next(Lost, helloArrived: false, sessionStarted: false);

        Assert.Equal(TimeSpan.Zero, backoff.Next(Lost, helloArrived: true, sessionStarted: true));
        Assert.Equal(0, backoff.Failures);
    }
}
