using System.Text.Json.Nodes;

namespace Bot.Slack.Tests.Fakes;

/// <summary>The verbatim fixtures with only the parts a test is about changed (the question, an id).</summary>
internal static class Payloads
{
    /// <summary>docs.slack.dev's app_mention event_callback, verbatim (trailing comma and all), asking <paramref name="question"/>.</summary>
    public static string AppMention(string botUserId, string question) =>
        Fixture.Text("events_api", "app_mention_event_callback_docs_slack_dev.jsonc")
            .With("\"<@U0LAN0Z89> is it everything a river should be?\"", $"\"<@{botUserId}> {question}\"");

    /// <summary>api.slack.com's message.im event_callback, asking <paramref name="question"/>.</summary>
    public static string DirectMessage(string question) =>
        Fixture.Text("events_api", "message_im_event_callback_api_slack_com.json").With("\"Hello hello can you hear me?\"", $"\"{question}\"");

    /// <summary>A fixture with fields of its inner event changed or added (null removes one).</summary>
    public static string WithEvent(string json, IReadOnlyDictionary<string, string?> fields, string? eventId = null)
    {
        var node = JsonNode.Parse(json, documentOptions: new() { AllowTrailingCommas = true })!;
        foreach (var (name, value) in fields)
        {
            if (value is null)
            {
                node["event"]!.AsObject().Remove(name);
            }
            else
            {
                node["event"]![name] = value;
            }
        }

        if (eventId is not null)
        {
            node["event_id"] = eventId;
        }

        return node.ToJsonString();
    }

    /// <summary>The user, response_url path and trigger_id of Slack's real slash-command body.</summary>
    public const string CommandUserId = "U2CERLKJA";
    public const string CommandResponsePath = "/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN";
    public const string CommandTriggerId = "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    /// <summary>
    /// Slack's real slash-command wire bytes (signing/request_body.txt) as /ask or /ask-admin with <paramref name="text"/>;
    /// <paramref name="triggerId"/> makes it another invocation (trigger_id is unique per invocation).
    /// </summary>
    public static string Command(string command, string text, string? triggerId = null)
    {
        var form = Fixture.Text("signing", "request_body.txt")
            .With("command=%2Fwebhook-collect", "command=" + Uri.EscapeDataString(command))
            .With("&text=&", "&text=" + Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal) + "&");
        return triggerId is null ? form : form.With("trigger_id=" + CommandTriggerId, "trigger_id=" + Uri.EscapeDataString(triggerId));
    }

    /// <summary>A Socket Mode events_api envelope (the SDK's app_mention fixture) asking <paramref name="question"/>.</summary>
    public static string MentionEnvelope(string botUserId, string question, string? envelopeId = null, int retryAttempt = 0, string? eventId = null, string? ts = null)
    {
        var node = JsonNode.Parse(Fixture.Text("socket_mode", "envelope_events_api_app_mention_python_slack_sdk_fixture.json"))!;
        node["payload"]!["event"]!["text"] = $"<@{botUserId}> {question}";
        if (ts is not null)
        {
            node["payload"]!["event"]!["ts"] = ts;
        }

        if (envelopeId is not null)
        {
            node["envelope_id"] = envelopeId;
        }

        if (eventId is not null)
        {
            node["payload"]!["event_id"] = eventId;
        }

        if (retryAttempt > 0)
        {
            node["retry_attempt"] = retryAttempt;
            node["retry_reason"] = "timeout";
        }

        return node.ToJsonString();
    }

    /// <summary>The trigger_id of the SDK's slash_commands envelope.</summary>
    public const string EnvelopeTriggerId = "111.222.xxx";

    /// <summary>
    /// The SDK's slash_commands envelope with <paramref name="text"/> as the command text; <paramref name="envelopeId"/>
    /// gives the same invocation a new envelope, as a redelivery would.
    /// </summary>
    public static string CommandEnvelope(string text, string? command = null, string? envelopeId = null)
    {
        var json = Fixture.Text("socket_mode", "envelope_slash_commands_python_slack_sdk_fixture.json").With("\"text\":\"\"", $"\"text\":\"{text}\"");
        json = command is null ? json : json.With("\"command\":\"/hello-socket-mode\"", $"\"command\":\"{command}\"");
        return envelopeId is null ? json : json.With("\"envelope_id\":\"1d3c79ab-0ffb-41f3-a080-d19e85f53649\"", $"\"envelope_id\":\"{envelopeId}\"");
    }
}
