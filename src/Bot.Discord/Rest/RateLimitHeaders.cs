using System.Globalization;
using System.Net.Http.Headers;

namespace Bot.Discord.Rest;

// https://discord.com/developers/docs/topics/rate-limits: X-RateLimit-Remaining / -Reset-After (seconds, fractional) / -Bucket, and on 429 -Global / -Scope.
internal sealed record RateLimitHeaders(string? Bucket, int? Remaining, TimeSpan? ResetAfter, bool Global, string? Scope, TimeSpan? RetryAfter)
{
    public static RateLimitHeaders From(HttpResponseHeaders headers) => new(
        Get(headers, "X-RateLimit-Bucket"),
        int.TryParse(Get(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining) ? remaining : null,
        Seconds(Get(headers, "X-RateLimit-Reset-After")),
        string.Equals(Get(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
        Get(headers, "X-RateLimit-Scope"),
        headers.RetryAfter?.Delta ?? Seconds(Get(headers, "Retry-After")));

    private static string? Get(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 ? TimeSpan.FromSeconds(s) : null;
}
