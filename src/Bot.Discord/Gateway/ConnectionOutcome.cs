namespace Bot.Discord.Gateway;

// Why a connection ended and what comes next; Delay is the least wait before the next one.
internal sealed record ConnectionOutcome(ConnectionEnd End, string Reason, TimeSpan Delay = default)
{
    public static ConnectionOutcome Stopped { get; } = new(ConnectionEnd.Stopped, "stopping");

    public static ConnectionOutcome Resume(string reason) => new(ConnectionEnd.Resume, reason);

    public static ConnectionOutcome NewSession(string reason, TimeSpan delay = default) => new(ConnectionEnd.NewSession, reason, delay);

    public static ConnectionOutcome Fatal(string reason) => new(ConnectionEnd.Fatal, reason);
}
