namespace Bot.Discord.Rest;

/// <summary><c>reset_after</c> is in milliseconds; <c>max_concurrency</c> IDENTIFYs per 5 s per bucket (FACTS A1).</summary>
internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency = 1);
