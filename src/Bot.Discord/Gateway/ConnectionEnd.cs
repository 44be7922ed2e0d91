namespace Bot.Discord.Gateway;

/// <summary>What to do after a gateway connection ends.</summary>
internal enum ConnectionEnd
{
    /// <summary>Reconnect and RESUME the session (or IDENTIFY if there is none).</summary>
    Resume,

    /// <summary>Forget the session and IDENTIFY again.</summary>
    NewSession,

    /// <summary>Stop the gateway: reconnecting cannot help (bad token, disallowed intents, …).</summary>
    Fatal,

    /// <summary>The host is shutting down.</summary>
    Stopped,
}
