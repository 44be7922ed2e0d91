using Bot.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

// https://discord.com/developers/docs/events/gateway: IDENTIFY is limited per day (session_start_limit; going over resets the token)
// and to one per 5 s per concurrency bucket (shard_id % max_concurrency). A process runs one
// shard, so its bucket only ever holds it: one IDENTIFY per 5 s, and none while the day's are spent.
internal sealed class IdentifyGate(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    // Timers may fire a millisecond early: arrive just after the limit resets, not just before.
    private static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(50);
    private DateTimeOffset? _last;

    public async Task WaitAsync(SessionStartLimit? limit, ILogger logger, CancellationToken cancellationToken)
    {
        if (limit is { Remaining: <= 0 })
        {
            var reset = TimeSpan.FromMilliseconds(Math.Max(0, limit.ResetAfter)) + Margin;
            logger.LogWarning("All {Total} Discord session starts for today are used; waiting {Minutes:0.#} min for the limit to reset", limit.Total, reset.TotalMinutes);
            await Task.Delay(reset, time, cancellationToken).ConfigureAwait(false);
        }
        else if (limit is { Remaining: < 50 })
        {
            logger.LogWarning("Only {Remaining} of {Total} Discord session starts left until the limit resets", limit.Remaining, limit.Total);
        }

        if (_last is { } last && last + Window - time.GetUtcNow() is { Ticks: > 0 } wait)
        {
            await Task.Delay(wait + Margin, time, cancellationToken).ConfigureAwait(false);
        }

        _last = time.GetUtcNow();
    }
}
