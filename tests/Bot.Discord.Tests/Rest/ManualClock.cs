namespace Bot.Discord.Tests.Rest;

/// <summary>A clock the test moves by hand (only <see cref="GetUtcNow"/> is used by the code under test).</summary>
internal sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
