namespace Bot.Chat.Conversations;

// An adapter's connection state, for the host's /healthz.
public interface IAdapterStatus
{
    // "discord", "slack".
    string Name { get; }

    // e.g. "connected", "connecting", "stopped: invalid token".
    string State { get; }
}
