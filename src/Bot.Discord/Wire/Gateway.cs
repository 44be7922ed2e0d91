using System.Text.Json;

namespace Bot.Discord.Wire;

/// <summary>A received gateway payload <c>{op, d, s, t}</c>; <c>s</c> and <c>t</c> are null unless op is 0 (FACTS A1).</summary>
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

/// <summary>FACTS A1: the opcodes the bot sends or handles.</summary>
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

/// <summary>Op 10's <c>d</c>: the heartbeat interval in milliseconds.</summary>
internal sealed record HelloData(int HeartbeatInterval);

/// <summary>Op 2's <c>d</c>. <see cref="Shard"/> is <c>[shard_id, num_shards]</c> when sharding is configured.</summary>
internal sealed record IdentifyData(string Token, IdentifyProperties Properties, int Intents, IReadOnlyList<int>? Shard = null)
{
    public override string ToString() => $"IdentifyData {{ Intents = {Intents} }}";
}

/// <summary>Connection properties, with the current names (the <c>$os</c> style is deprecated, FACTS A1).</summary>
internal sealed record IdentifyProperties(string Os, string Browser, string Device);

/// <summary>READY's <c>d</c> (FACTS A1): the bot's own user, and what a RESUME needs.</summary>
internal sealed record ReadyData(string SessionId, string ResumeGatewayUrl, DiscordUser User, IReadOnlyList<JsonElement>? Guilds = null);

/// <summary>Op 6's <c>d</c>: <c>{token, session_id, seq}</c>.</summary>
internal sealed record ResumeData(string Token, string SessionId, long Seq)
{
    public override string ToString() => $"ResumeData {{ Seq = {Seq} }}";
}

/// <summary>What READY gave us to RESUME with (FACTS A1).</summary>
internal sealed record GatewaySession(string SessionId, string ResumeGatewayUrl);

/// <summary>GET /gateway/bot (FACTS A1): the URL to connect to and how many IDENTIFYs are left.</summary>
internal sealed record GatewayBotResponse(string Url, int Shards = 1, SessionStartLimit? SessionStartLimit = null);

/// <summary><c>reset_after</c> is in milliseconds; <c>max_concurrency</c> IDENTIFYs per 5 s per bucket (FACTS A1).</summary>
internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency = 1);
