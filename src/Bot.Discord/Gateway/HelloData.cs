namespace Bot.Discord.Gateway;

/// <summary>Op 10's <c>d</c>: the heartbeat interval in milliseconds.</summary>
internal sealed record HelloData(int HeartbeatInterval);
