namespace Bot.Slack.Tests.Fakes;

/// <summary>A clock stopped at one instant (timers still run in real time), for the signing vector's 2018 timestamp.</summary>
internal sealed class FrozenTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
