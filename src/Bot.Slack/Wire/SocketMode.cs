using System.Text.Json;

namespace Bot.Slack.Wire;

// Anything Slack sends over the Socket Mode WebSocket (https://api.slack.com/apis/socket-mode): hello, disconnect (with a
// reason), or an envelope (envelope_id, type, payload, and for events
// retry_attempt/retry_reason).
internal sealed record SocketModeMessage(
    string? Type,
    string? EnvelopeId,
    JsonElement? Payload,
    bool AcceptsResponsePayload,
    int? RetryAttempt,
    string? RetryReason,
    string? Reason,
    int? NumConnections);

// The acknowledgement every envelope needs: {"envelope_id": "…"} (ack_events_api_no_payload_api_slack_com.json).
internal sealed record SocketModeAck(string EnvelopeId);
