namespace Bot.Discord.Gateway;

/// <summary>What READY gave us to RESUME with (FACTS A1).</summary>
internal sealed record GatewaySession(string SessionId, string ResumeGatewayUrl);
