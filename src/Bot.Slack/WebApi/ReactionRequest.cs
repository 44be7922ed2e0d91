namespace Bot.Slack.WebApi;

/// <summary><c>reactions.add</c> / <c>reactions.remove</c> on a message.</summary>
internal sealed record ReactionRequest(string Channel, string Timestamp, string Name);
