namespace Bot.Slack;

/// <summary>Who the bot is, from <c>auth.test</c>: its user id is how it recognises its own mention and messages.</summary>
internal sealed record BotIdentity(string UserId, string? User, string? TeamId, string? Team, string? BotId);
