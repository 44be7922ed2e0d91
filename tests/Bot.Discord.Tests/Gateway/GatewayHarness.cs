using System.Text.Json.Nodes;
using Bot.Discord.Tests.Fakes;

namespace Bot.Discord.Tests.Gateway;

// Steps most gateway tests share.
internal static class GatewayHarness
{
    // Long enough that no heartbeat matters unless a test wants it (heartbeats are auto-acked anyway).
    public const int QuietInterval = 30_000;

    // HELLO, expect IDENTIFY, READY with sequence 1. Returns the IDENTIFY payload.
    public static async Task<JsonNode> HandshakeAsync(FakeGatewayConnection connection, string sessionId, string resumeUrl, CancellationToken cancellationToken, int interval = QuietInterval)
    {
        await connection.SendHelloAsync(interval);
        var identify = await connection.ReceiveAsync(cancellationToken);
        Assert.Equal(2, (int)identify["op"]!);
        await connection.SendReadyAsync(1, sessionId, resumeUrl);
        return identify;
    }

    public static JsonObject GuildCreate() => new() { ["id"] = "290926798626357999", ["name"] = "Test guild", ["unavailable"] = false };

    public static bool IsResumableClose(int? code) => code is not null and not 1000 and not 1001;
}
