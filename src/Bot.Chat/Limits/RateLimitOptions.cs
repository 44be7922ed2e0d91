using System.ComponentModel.DataAnnotations;

namespace Bot.Chat.Limits;

// Configuration section Chat:RateLimit: questions per person per window, shared by every platform.
public sealed class RateLimitOptions
{
    public const string Section = "Chat:RateLimit";

    [Range(1, 10_000)]
    public int Questions { get; set; } = 5;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
