namespace Bot.Slack.SocketMode;

/// <summary>The acknowledgement every envelope needs: <c>{"envelope_id": "…"}</c> (ack_events_api_no_payload_api_slack_com.json).</summary>
internal sealed record SocketModeAck(string EnvelopeId);
