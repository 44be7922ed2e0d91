namespace Bot.Discord.Gateway;

// https://discord.com/developers/docs/events/gateway close codes: which ones end the adapter (Reconnect = false) and in words a person can act on.
internal static class GatewayCloseCodes
{
    public static ConnectionOutcome Classify(int? code, string? reason) => code switch
    {
        4004 => ConnectionOutcome.Fatal("authentication failed (close 4004): Discord rejected Discord:Token. Reset the token in the Developer Portal (Bot → Reset Token) and update the setting"),
        4010 => ConnectionOutcome.Fatal("invalid shard (close 4010): check Discord:ShardId and Discord:ShardCount"),
        4011 => ConnectionOutcome.Fatal("sharding required (close 4011): the bot is in too many guilds for one connection; set Discord:ShardId and Discord:ShardCount"),
        4012 => ConnectionOutcome.Fatal("invalid API version (close 4012)"),
        4013 => ConnectionOutcome.Fatal("invalid intents (close 4013)"),
        4014 => ConnectionOutcome.Fatal("disallowed intent (close 4014): enable Message Content Intent in the Developer Portal (Bot → Privileged Gateway Intents), or set Discord:MessageContentIntent to false"),

        // Reconnect = true, but the session cannot continue: a bad sequence or a timed-out session
        // would only be answered with op 9 false, so start a new one straight away.
        4007 or 4009 => ConnectionOutcome.NewSession($"session cannot be resumed (close {code}{Describe(reason)})"),
        null => ConnectionOutcome.Resume("connection closed without a code"),
        _ => ConnectionOutcome.Resume($"closed by Discord (close {code}{Describe(reason)})"),
    };

    private static string Describe(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : ": " + reason;
}
