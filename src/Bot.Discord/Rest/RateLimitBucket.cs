namespace Bot.Discord.Rest;

// What the last response said about one bucket: requests left, and when the window resets.
internal sealed class RateLimitBucket
{
    // Null until Discord has told us (or after the window reset): do not guess limits (https://discord.com/developers/docs/reference).
    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }
}
