using System.Text.Json;

namespace Bot.Slack.Wire;

/// <summary>
/// Anything Slack sends over the Socket Mode WebSocket (FACTS B4): <c>hello</c>, <c>disconnect</c> (with a
/// <c>reason</c>), or an envelope (<c>envelope_id</c>, <c>type</c>, <c>payload</c>, and for events
/// <c>retry_attempt</c>/<c>retry_reason</c>).
/// </summary>
internal sealed record SocketModeMessage(
    string? Type,
    string? EnvelopeId,
    JsonElement? Payload,
    bool AcceptsResponsePayload,
    int? RetryAttempt,
    string? RetryReason,
    string? Reason,
    int? NumConnections);

/// <summary>The acknowledgement every envelope needs: <c>{"envelope_id": "…"}</c> (ack_events_api_no_payload_api_slack_com.json).</summary>
internal sealed record SocketModeAck(string EnvelopeId);
