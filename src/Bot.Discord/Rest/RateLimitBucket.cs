namespace Bot.Discord.Rest;

/// <summary>What the last response said about one bucket: requests left, and when the window resets.</summary>
internal sealed class RateLimitBucket
{
    /// <summary>Null until Discord has told us (or after the window reset): do not guess limits (FACTS A3).</summary>
    public int? Remaining { get; set; }

    public DateTimeOffset ResetAt { get; set; }
}
