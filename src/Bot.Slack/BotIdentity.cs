namespace Bot.Slack;

// Who the bot is, from auth.test: its user id is how it recognises its own mention and messages.
internal sealed record BotIdentity(string UserId, string? User, string? TeamId, string? Team, string? BotId);
