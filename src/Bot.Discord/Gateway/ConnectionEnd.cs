namespace Bot.Discord.Gateway;

// What to do after a gateway connection ends.
internal enum ConnectionEnd
{
    // Reconnect and RESUME the session (or IDENTIFY if there is none).
    Resume,

    // Forget the session and IDENTIFY again.
    NewSession,

    // Stop the gateway: reconnecting cannot help (bad token, disallowed intents, …).
    Fatal,

    // The host is shutting down.
    Stopped,
}
