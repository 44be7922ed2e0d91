using System.Text.Json;

namespace Bot.Discord.Gateway;

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
