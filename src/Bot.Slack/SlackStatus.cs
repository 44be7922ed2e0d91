using Bot.Chat.Conversations;

namespace Bot.Slack;

// The Slack adapter's state for /healthz: "connecting", "connected (socket mode)", "stopped: …".
internal sealed class SlackStatus : IAdapterStatus
{
    private volatile string _state = "starting";

    public string Name => "slack";

    public string State => _state;

    public void Set(string state) => _state = state;
}
