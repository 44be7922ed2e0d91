namespace Bot.Slack.Wire;

/// <summary>Every Web API answer: <c>{"ok": true, …}</c> or <c>{"ok": false, "error": "code"}</c> (FACTS B5).</summary>
internal interface ISlackResponse
{
    bool Ok { get; }

    string? Error { get; }
}

/// <summary>A Web API answer whose other fields the bot does not need (chat.postMessage, reactions.add, …).</summary>
internal sealed record SlackResponse(bool Ok, string? Error) : ISlackResponse;

/// <summary><c>auth.test</c>: who the bot token belongs to (web_api_auth_test_success_example.json).</summary>
internal sealed record AuthTestResponse(bool Ok, string? Error, string? User, string? UserId, string? Team, string? TeamId, string? BotId) : ISlackResponse;

/// <summary><c>apps.connections.open</c>: a temporary WebSocket URL for Socket Mode (FACTS B4).</summary>
internal sealed record ConnectionsOpenResponse(bool Ok, string? Error, string? Url) : ISlackResponse;

/// <summary>
/// <c>chat.postMessage</c>. <see cref="ThreadTs"/> puts the reply in a thread; unfurling is off so a
/// link in an excerpt never expands into a preview.
/// </summary>
internal sealed record PostMessageRequest(string Channel, string Text, IReadOnlyList<Block> Blocks, string? ThreadTs, bool UnfurlLinks = false, bool UnfurlMedia = false);

/// <summary><c>chat.postEphemeral</c>: a message only <see cref="User"/> sees (refusals, rate limits).</summary>
internal sealed record PostEphemeralRequest(string Channel, string User, string Text, IReadOnlyList<Block> Blocks, string? ThreadTs);

/// <summary><c>reactions.add</c> / <c>reactions.remove</c> on a message.</summary>
internal sealed record ReactionRequest(string Channel, string Timestamp, string Name);

/// <summary>A message posted to a slash command's <c>response_url</c>; <c>response_type</c> is ephemeral or in_channel (FACTS B3).</summary>
internal sealed record ResponseUrlMessage(string ResponseType, string Text, IReadOnlyList<Block> Blocks);
