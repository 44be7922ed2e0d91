namespace Bot.Slack.WebApi;

/// <summary><c>auth.test</c>: who the bot token belongs to (web_api_auth_test_success_example.json).</summary>
internal sealed record AuthTestResponse(bool Ok, string? Error, string? User, string? UserId, string? Team, string? TeamId, string? BotId) : ISlackResponse;
