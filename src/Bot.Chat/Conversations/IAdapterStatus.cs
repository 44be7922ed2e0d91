namespace Bot.Chat.Conversations;

/// <summary>An adapter's connection state, for the host's <c>/healthz</c>.</summary>
public interface IAdapterStatus
{
    /// <summary>"discord", "slack".</summary>
    string Name { get; }

    /// <summary>e.g. "connected", "connecting", "stopped: invalid token".</summary>
    string State { get; }
}
