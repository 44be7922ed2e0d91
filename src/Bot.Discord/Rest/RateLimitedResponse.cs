namespace Bot.Discord.Rest;

/// <summary>The JSON body of a 429 (FACTS A3; DS <c>RatelimitedResponse</c> requires retry_after and global).</summary>
internal sealed record RateLimitedResponse(string? Message = null, double? RetryAfter = null, bool Global = false, int? Code = null);
