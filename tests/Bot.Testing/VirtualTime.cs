using Microsoft.Extensions.Time.Testing;

namespace Bot.Testing;

// Moves a FakeTimeProvider forward in small steps until the awaited work completes, so a test of a
// wait (backoff, 429 Retry-After, invalid session) takes milliseconds yet still measures how much
// virtual time had to pass: a wait that broke (too short, or none) shows up as too little elapsed.
internal static class VirtualTime
{
    // Each step gives the code under test a real moment to run what the previous step released.
    private static readonly TimeSpan RealPause = TimeSpan.FromMilliseconds(5);

    public static async Task<TimeSpan> AdvanceUntilAsync(FakeTimeProvider clock, Task work, TimeSpan step, TimeSpan limit, CancellationToken cancellationToken)
    {
        var start = clock.GetUtcNow();
        while (!work.IsCompleted)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (clock.GetUtcNow() - start > limit)
            {
                throw new TimeoutException($"still waiting after {limit.TotalSeconds:0.###} s of virtual time");
            }

            await Task.WhenAny(work, Task.Delay(RealPause, cancellationToken)).ConfigureAwait(false);
            if (!work.IsCompleted)
            {
                clock.Advance(step);
            }
        }

        await work.ConfigureAwait(false);
        return clock.GetUtcNow() - start;
    }
}
