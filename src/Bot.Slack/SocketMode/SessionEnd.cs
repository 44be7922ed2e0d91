namespace Bot.Slack.SocketMode;

/// <summary>Why a Socket Mode connection ended, which decides what happens next.</summary>
internal enum SessionEnd
{
    /// <summary>Slack asked for a new connection (<c>warning</c>, <c>refresh_requested</c>): reconnect now.</summary>
    Refresh,

    /// <summary>Too many connections for the app (<c>too_many_websockets</c>): reconnect after a backoff.</summary>
    TooManyConnections,

    /// <summary>Network error, unexpected close, or no URL: reconnect with backoff.</summary>
    Dropped,

    /// <summary>Socket Mode was turned off in the app settings (<c>link_disabled</c>): stop.</summary>
    LinkDisabled,

    /// <summary>apps.connections.open rejected the app-level token: stop.</summary>
    BadAppToken,
}
