namespace Bot.Slack.WebApi;

/// <summary><c>apps.connections.open</c>: a temporary WebSocket URL for Socket Mode (FACTS B4).</summary>
internal sealed record ConnectionsOpenResponse(bool Ok, string? Error, string? Url) : ISlackResponse;
