namespace Bot.Slack.WebApi;

/// <summary>A Web API answer whose other fields the bot does not need (chat.postMessage, reactions.add, …).</summary>
internal sealed record SlackResponse(bool Ok, string? Error) : ISlackResponse;
