using System.Text.Json;

namespace Bot.Discord.Wire;

// A received gateway payload {op, d, s, t}; s and t are null unless op is 0 (https://discord.com/developers/docs/events/gateway).
internal sealed record GatewayPayload(int Op, JsonElement D, long? S, string? T)
{
    public static GatewayPayload Parse(ReadOnlySpan<byte> json)
    {
        using var document = JsonDocument.Parse(json.ToArray());
        var root = document.RootElement;
        var op = root.GetProperty("op").GetInt32();
        var d = root.TryGetProperty("d", out var data) ? data.Clone() : default;
        long? s = root.TryGetProperty("s", out var seq) && seq.ValueKind == JsonValueKind.Number ? seq.GetInt64() : null;
        var t = root.TryGetProperty("t", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;
        return new GatewayPayload(op, d, s, t);
    }
}

// https://discord.com/developers/docs/events/gateway: the opcodes the bot sends or handles.
internal static class GatewayOpcode
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;
}

// Op 10's d: the heartbeat interval in milliseconds.
internal sealed record HelloData(int HeartbeatInterval);

// Op 2's d. Shard is [shard_id, num_shards] when sharding is configured.
internal sealed record IdentifyData(string Token, IdentifyProperties Properties, int Intents, IReadOnlyList<int>? Shard = null)
{
    public override string ToString() => $"IdentifyData {{ Intents = {Intents} }}";
}

// Connection properties, with the current names (the $os style is deprecated, https://discord.com/developers/docs/events/gateway).
internal sealed record IdentifyProperties(string Os, string Browser, string Device);

// READY's d (https://discord.com/developers/docs/events/gateway): the bot's own user, and what a RESUME needs.
internal sealed record ReadyData(string SessionId, string ResumeGatewayUrl, DiscordUser User, IReadOnlyList<JsonElement>? Guilds = null);

// Op 6's d: {token, session_id, seq}.
internal sealed record ResumeData(string Token, string SessionId, long Seq)
{
    public override string ToString() => $"ResumeData {{ Seq = {Seq} }}";
}

// What READY gave us to RESUME with (https://discord.com/developers/docs/events/gateway).
internal sealed record GatewaySession(string SessionId, string ResumeGatewayUrl);

// GET /gateway/bot (https://discord.com/developers/docs/events/gateway): the URL to connect to and how many IDENTIFYs are left.
internal sealed record GatewayBotResponse(string Url, int Shards = 1, SessionStartLimit? SessionStartLimit = null);

// reset_after is in milliseconds; max_concurrency IDENTIFYs per 5 s per bucket (https://discord.com/developers/docs/events/gateway).
internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency = 1);
