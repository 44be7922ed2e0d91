using Bot.Chat.Conversations;

namespace Bot.Discord;

// The adapter's state for the host's /healthz: the gateway's connection, or the HTTP-only mode.
internal sealed class DiscordStatus(string initialState = "starting") : IAdapterStatus
{
    private volatile string _state = initialState;

    public string Name => "discord";

    public string State => _state;

    // True once the gateway gave up for good (bad token, disallowed intent, …).
    public bool IsStopped => _state.StartsWith("stopped", StringComparison.Ordinal);

    public void Set(string state) => _state = state;
}
