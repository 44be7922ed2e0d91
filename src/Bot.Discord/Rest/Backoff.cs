namespace Bot.Discord.Rest;

// The one retry wait of the Discord adapter: 1, 2, 4 … 60 s for attempt 1, 2, 3 …, each 75–100 % of
// that so that many bots (or many retries) do not come back in step. Used by the gateway's reconnects
// and by command registration.
internal static class Backoff
{
    public static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    // `random` is in [0, 1): Random.Shared.NextDouble in production, fixed in tests.
    public static TimeSpan Delay(int attempt, Func<double> random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var seconds = Math.Min(Max.TotalSeconds, Math.Pow(2, Math.Clamp(attempt - 1, 0, 10)));
        return TimeSpan.FromSeconds(seconds * (0.75 + (0.25 * random())));
    }

#pragma warning disable CA5394 // jitter, not a secret
    public static double Jitter() => Random.Shared.NextDouble();
#pragma warning restore CA5394
}
