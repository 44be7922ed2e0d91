using Bot.Discord.Rest;

namespace Bot.Discord.Gateway;

// How long to wait before the next gateway connection. Connections that never got as far as HELLO
// back off exponentially (1, 2, 4 … 60 s, with jitter); HELLO proves Discord is reachable again, so
// it resets the count. That keeps op 9 (invalid session, d: false) at the 1–5 s the docs ask
// for (https://discord.com/developers/docs/events/gateway) even after a run of failures, instead of the 24–31 s it took after a server restart.
internal sealed class ReconnectBackoff(Func<double> random)
{
    public ReconnectBackoff()
        : this(Backoff.Jitter)
    {
    }

    // Connections in a row that ended without a session (no READY or RESUMED).
    public int Failures { get; private set; }

    // The wait after a connection that ended with outcome.
    // helloArrived: Discord sent HELLO on it.
    // sessionStarted: READY or RESUMED arrived on it.
    public TimeSpan Next(ConnectionOutcome outcome, bool helloArrived, bool sessionStarted)
    {
        Failures = sessionStarted ? 0 : helloArrived ? 1 : Failures + 1;
        var backoff = AfterFailures(Failures);
        return backoff > outcome.Delay ? backoff : outcome.Delay;
    }

    // Op 9 with d: false: "wait a random amount of time between 1 and 5 seconds, then send a fresh IDENTIFY".
    public TimeSpan InvalidSessionDelay() => TimeSpan.FromSeconds(1 + (4 * random()));

    private TimeSpan AfterFailures(int failures)
    {
        if (failures == 0)
        {
            return TimeSpan.Zero;
        }

        // The first retry after HELLO waits at most 1 s, under op 9's least wait, so op 9 decides alone.
        return Backoff.Delay(failures, random);
    }
}
