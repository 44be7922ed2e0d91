namespace Bot.Testing.Discord;

// Bounded polling: every wait in these tests ends, with a message saying what never happened.
internal static class Wait
{
    public static readonly TimeSpan Default = TimeSpan.FromSeconds(15);

    public static async Task<T> ForAsync<T>(Func<T?> probe, string what, TimeSpan? timeout = null)
        where T : class
    {
        var deadline = DateTime.UtcNow + (timeout ?? Default);
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } found)
            {
                return found;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"timed out waiting for {what}");
    }

    public static async Task UntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        await ForAsync(() => condition() ? "" : null, what, timeout);
    }

    public static CancellationTokenSource Timeout() => new(TimeSpan.FromSeconds(20));
}
