using Bot.Chat.Conversations;

namespace Bot.Slack;

/// <summary>The Slack adapter's state for <c>/healthz</c>: "connecting", "connected (socket mode)", "stopped: …".</summary>
internal sealed class SlackStatus : IAdapterStatus
{
    private volatile string _state = "starting";

    public string Name => "slack";

    public string State => _state;

    public void Set(string state) => _state = state;
}
