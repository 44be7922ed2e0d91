namespace Bot.Discord.Rest;

/// <summary>GET /gateway/bot (FACTS A1): the URL to connect to and how many IDENTIFYs are left.</summary>
internal sealed record GatewayBotResponse(string Url, int Shards = 1, SessionStartLimit? SessionStartLimit = null);
