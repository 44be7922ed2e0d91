namespace Bot.Slack.Wire;

// Every Web API answer: {"ok": true, …} or {"ok": false, "error": "code"} (https://api.slack.com/methods/chat.postMessage).
internal interface ISlackResponse
{
    bool Ok { get; }

    string? Error { get; }
}

// A Web API answer whose other fields the bot does not need (chat.postMessage, reactions.add, …).
internal sealed record SlackResponse(bool Ok, string? Error) : ISlackResponse;

// auth.test: who the bot token belongs to (web_api_auth_test_success_example.json).
internal sealed record AuthTestResponse(bool Ok, string? Error, string? User, string? UserId, string? Team, string? TeamId, string? BotId) : ISlackResponse;

// apps.connections.open: a temporary WebSocket URL for Socket Mode (https://api.slack.com/apis/socket-mode).
internal sealed record ConnectionsOpenResponse(bool Ok, string? Error, string? Url) : ISlackResponse;

// chat.postMessage. ThreadTs puts the reply in a thread; unfurling is off so a
// link in an excerpt never expands into a preview.
internal sealed record PostMessageRequest(string Channel, string Text, IReadOnlyList<Block> Blocks, string? ThreadTs, bool UnfurlLinks = false, bool UnfurlMedia = false);

// chat.postEphemeral: a message only User sees (refusals, rate limits).
internal sealed record PostEphemeralRequest(string Channel, string User, string Text, IReadOnlyList<Block> Blocks, string? ThreadTs);

// reactions.add / reactions.remove on a message.
internal sealed record ReactionRequest(string Channel, string Timestamp, string Name);

// A message posted to a slash command's response_url; response_type is ephemeral or in_channel (https://api.slack.com/interactivity/slash-commands).
internal sealed record ResponseUrlMessage(string ResponseType, string Text, IReadOnlyList<Block> Blocks);
