using System.Security.Cryptography;

namespace Bot.Slack.WebApi;

// Exponential backoff with jitter, so many clients (or many retries) do not hit Slack in step.
internal static class Backoff
{
    // Attempt 1 waits about first, each later attempt twice as long, never more than max; each wait is 50–100 % of that.
    public static TimeSpan Delay(int attempt, TimeSpan first, TimeSpan max)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 20);
        var full = Math.Min(first.TotalMilliseconds * Math.Pow(2, exponent), max.TotalMilliseconds);
        var jitter = 0.5 + RandomNumberGenerator.GetInt32(0, 501) / 1000.0;
        return TimeSpan.FromMilliseconds(full * jitter);
    }
}
