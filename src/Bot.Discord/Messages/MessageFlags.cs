namespace Bot.Discord.Messages;

internal static class MessageFlags
{
    /// <summary>FACTS A2: EPHEMERAL = 1 &lt;&lt; 6; the only flag a deferred (type 5) response may carry.</summary>
    public const int Ephemeral = 1 << 6;
}
