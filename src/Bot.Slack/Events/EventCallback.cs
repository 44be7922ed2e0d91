using System.Text.Json;

namespace Bot.Slack.Events;

/// <summary>
/// The outer Events API body (FACTS B2): <c>url_verification</c> with a challenge, or <c>event_callback</c>
/// with an <c>event_id</c> (globally unique, used to drop Slack's retries) and the inner event, kept raw
/// because each event type has its own shape.
/// </summary>
internal sealed record EventCallback(string? Type, string? Challenge, string? EventId, string? TeamId, JsonElement? Event);
