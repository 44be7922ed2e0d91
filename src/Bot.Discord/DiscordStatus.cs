using Bot.Chat.Conversations;

namespace Bot.Discord;

/// <summary>The adapter's state for the host's <c>/healthz</c>: the gateway's connection, or the HTTP-only mode.</summary>
internal sealed class DiscordStatus(string initialState = "starting") : IAdapterStatus
{
    private volatile string _state = initialState;

    public string Name => "discord";

    public string State => _state;

    /// <summary>True once the gateway gave up for good (bad token, disallowed intent, …).</summary>
    public bool IsStopped => _state.StartsWith("stopped", StringComparison.Ordinal);

    public void Set(string state) => _state = state;
}
