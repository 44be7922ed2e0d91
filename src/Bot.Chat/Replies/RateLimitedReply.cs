namespace Bot.Chat.Replies;

// Too many questions from this person: "slow down, try again in N s".
public sealed record RateLimitedReply(TimeSpan RetryAfter) : ChatReply
{
    public override bool IsPrivate => true;

    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
