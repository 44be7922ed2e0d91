namespace Bot.Slack.SocketMode;

// Why a Socket Mode connection ended, which decides what happens next.
internal enum SessionEnd
{
    // Slack asked for a new connection (warning, refresh_requested): reconnect now.
    Refresh,

    // Too many connections for the app (too_many_websockets): reconnect after a backoff.
    TooManyConnections,

    // Network error, unexpected close, or no URL: reconnect with backoff.
    Dropped,

    // Socket Mode was turned off in the app settings (link_disabled): stop.
    LinkDisabled,

    // apps.connections.open rejected the app-level token: stop.
    BadAppToken,
}
