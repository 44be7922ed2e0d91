using System.Text.Json.Nodes;
using Bot.Slack.Wire;

namespace Bot.Testing.Slack;

// Our own Slack payloads, written from the docs (https://api.slack.com/authentication/verifying-requests-from-slack–B5), so every end-to-end test runs on a checkout
// without ../shared. The verbatim third-party fixtures are only read by the conformance tests
// (Fixture, [SharedFact("protocols/slack")]), which check that the bot handles them the same way.
internal static class Payloads
{
    // The bot's identity as the fake's auth.test reports it by default.
    public const string BotUserId = "U0BOT";
    public const string BotName = "askbot";
    public const string TeamName = "Askbot Test";
    public const string TeamId = "T0ASKBOT";

    // auth.test: ok (https://api.slack.com/methods/chat.postMessage; fields as in the method's docs).
    public const string AuthTestOk =
        $$"""{"ok":true,"url":"https://askbot-test.slack.com/","team":"{{TeamName}}","user":"{{BotName}}","team_id":"{{TeamId}}","user_id":"{{BotUserId}}"}""";

    // auth.test with a token Slack does not accept.
    public const string AuthTestError = """{"ok":false,"error":"invalid_auth"}""";

    // chat.postMessage: ok, with the posted message.
    public const string PostMessageOk =
        """{"ok":true,"channel":"C0ASKCHAN","ts":"1700000000.000900","message":{"type":"message","subtype":"bot_message","text":"an answer","ts":"1700000000.000900","bot_id":"B0ASKBOT","username":"askbot"}}""";

    // chat.postMessage failing with one of its documented error codes.
    public const string PostMessageError = """{"ok":false,"error":"too_many_attachments"}""";

    // chat.postEphemeral: ok (https://api.slack.com/methods/chat.postMessage: {ok, message_ts}).
    public const string PostEphemeralOk = """{"ok":true,"message_ts":"1700000000.000901"}""";

    // apps.connections.open: ok (https://api.slack.com/apis/socket-mode); the fake points the url at itself.
    public const string ConnectionsOpenOk = """{"ok":true,"url":"wss://wss-primary.slack.com/link/?ticket=0"}""";

    // Socket Mode's greeting on connect (https://api.slack.com/apis/socket-mode).
    public const string Hello =
        """{"type":"hello","num_connections":1,"debug_info":{"host":"applink-askbot-1","build_number":1,"approximate_connection_time":18060},"connection_info":{"app_id":"A0ASKBOT"}}""";

    // A Socket Mode disconnect message (https://api.slack.com/apis/socket-mode: link_disabled, warning, refresh_requested, too_many_websockets).
    public static string Disconnect(string reason) =>
        new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "wss-askbot.slack.com" } }.ToJsonString();

    // The challenge of UrlVerification.
    public const string Challenge = "askbot-challenge-7Hq2Lx9VbN4mP0wZ";

    // Events API url_verification (https://api.slack.com/apis/events-api: token, challenge, type; no inner event).
    public const string UrlVerification = $$"""{"token":"askbot-verification-token","challenge":"{{Challenge}}","type":"url_verification"}""";

    // An Events API event_callback carrying an app_mention in C123ABC456 (https://api.slack.com/apis/events-api), asking question.
    public static string AppMention(string botUserId, string question) => EventCallback(
        new JsonObject
        {
            ["type"] = "app_mention",
            ["user"] = "U061F7AUR",
            ["text"] = $"<@{botUserId}> {question}",
            ["ts"] = "1515449522.000016",
            ["channel"] = "C123ABC456",
            ["event_ts"] = "1515449522.000016",
        },
        "Ev123ABC456",
        1515449522);

    // An Events API event_callback carrying a message.im in D024BE91L (https://api.slack.com/apis/events-api: type message, channel_type im), asking question.
    public static string DirectMessage(string question) => EventCallback(
        new JsonObject
        {
            ["type"] = "message",
            ["channel"] = "D024BE91L",
            ["user"] = "U2147483697",
            ["text"] = question,
            ["ts"] = "1355517523.000005",
            ["event_ts"] = "1355517523.000005",
            ["channel_type"] = "im",
        },
        "Ev0PV52K21",
        1355517523);

    private static string EventCallback(JsonObject @event, string eventId, long eventTime) => new JsonObject
    {
        ["token"] = "askbot-verification-token",
        ["team_id"] = TeamId,
        ["api_app_id"] = "A0ASKBOT",
        ["event"] = @event,
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = eventTime,
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = TeamId, ["user_id"] = BotUserId, ["is_bot"] = true, ["is_enterprise_install"] = false }),
    }.ToJsonString();

    // An event_callback with fields of its inner event changed or added (null removes one).
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

    // The user, response_url path and trigger_id of Command's form.
    public const string CommandUserId = "U2CERLKJA";
    public const string CommandResponsePath = "/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN";
    public const string CommandTriggerId = "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    // A slash-command POST body, form-encoded as Slack sends it (https://api.slack.com/authentication/verifying-requests-from-slack/B3: fields in Slack's order, spaces as '+'),
    // as /ask or /ask-admin with text; triggerId makes it another invocation
    // (trigger_id is unique per invocation).
    public static string Command(string command, string text, string? triggerId = null)
    {
        (string Name, string Value)[] fields =
        [
            ("token", "askbotVerificationToken0"),
            ("team_id", "T1DC2JH3J"),
            ("team_domain", "askbot-test"),
            ("channel_id", "C0ASKCHAN"),
            ("channel_name", "general"),
            ("user_id", CommandUserId),
            ("user_name", "asker"),
            ("command", command),
            ("text", text),
            ("api_app_id", "A0ASKBOT"),
            ("response_url", "https://hooks.slack.com" + CommandResponsePath),
            ("trigger_id", triggerId ?? CommandTriggerId),
        ];
        return string.Join('&', fields.Select(f => f.Name + "=" + Uri.EscapeDataString(f.Value).Replace("%20", "+", StringComparison.Ordinal)));
    }

    // A Socket Mode events_api envelope (https://api.slack.com/apis/socket-mode) carrying an app_mention in C111 asking question.
    public static string MentionEnvelope(string botUserId, string question, string? envelopeId = null, int retryAttempt = 0, string? eventId = null, string? ts = null)
    {
        var messageTs = ts ?? "1610241741.000200";
        var envelope = new JsonObject
        {
            ["envelope_id"] = envelopeId ?? "cda4159a-72a5-4744-aba3-4d66eb52682b",
            ["payload"] = new JsonObject
            {
                ["token"] = "askbot-verification-token",
                ["team_id"] = "T111",
                ["api_app_id"] = "A111",
                ["event"] = new JsonObject
                {
                    ["type"] = "app_mention",
                    ["text"] = $"<@{botUserId}> {question}",
                    ["user"] = "U222",
                    ["ts"] = messageTs,
                    ["team"] = "T111",
                    ["channel"] = "C111",
                    ["event_ts"] = messageTs,
                },
                ["type"] = "event_callback",
                ["event_id"] = eventId ?? "Ev111",
                ["event_time"] = 1610241741,
                ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = "T111", ["user_id"] = botUserId, ["is_bot"] = true, ["is_enterprise_install"] = false }),
            },
            ["type"] = "events_api",
            ["accepts_response_payload"] = false,
            ["retry_attempt"] = retryAttempt,
            ["retry_reason"] = retryAttempt > 0 ? "timeout" : "",
        };
        return envelope.ToJsonString();
    }

    // The trigger_id of CommandEnvelope.
    public const string EnvelopeTriggerId = "111.222.xxx";

    // The envelope_id of CommandEnvelope unless told otherwise.
    public const string CommandEnvelopeId = "1d3c79ab-0ffb-41f3-a080-d19e85f53649";

    // A Socket Mode slash_commands envelope (https://api.slack.com/interactivity/slash-commands/B4) from U111 with text as the command text;
    // envelopeId gives the same invocation a new envelope, as a redelivery would.
    public static string CommandEnvelope(string text, string? command = null, string? envelopeId = null) => new JsonObject
    {
        ["envelope_id"] = envelopeId ?? CommandEnvelopeId,
        ["payload"] = new JsonObject
        {
            ["token"] = "askbot-verification-token",
            ["team_id"] = "T111",
            ["team_domain"] = "askbot-test",
            ["channel_id"] = "C111",
            ["channel_name"] = "random",
            ["user_id"] = "U111",
            ["user_name"] = "asker",
            ["command"] = command ?? "/hello-socket-mode",
            ["text"] = text,
            ["api_app_id"] = "A111",
            ["response_url"] = "https://hooks.slack.com/commands/T111/111/xxx",
            ["trigger_id"] = EnvelopeTriggerId,
        },
        ["type"] = "slash_commands",
        ["accepts_response_payload"] = true,
    }.ToJsonString();

    // The envelope_id of ShortcutEnvelope.
    public const string ShortcutEnvelopeId = "57d6a792-4d35-4d0b-b6aa-3361493e1caf";

    // A Socket Mode interactive envelope carrying a global shortcut (https://api.slack.com/interactivity/slash-commands/B4), which the bot does not handle.
    public static string ShortcutEnvelope() => new JsonObject
    {
        ["envelope_id"] = ShortcutEnvelopeId,
        ["payload"] = new JsonObject
        {
            ["type"] = "shortcut",
            ["token"] = "askbot-verification-token",
            ["action_ts"] = "1610198080.300836",
            ["team"] = new JsonObject { ["id"] = "T111", ["domain"] = "askbot-test" },
            ["user"] = new JsonObject { ["id"] = "U111", ["username"] = "asker", ["team_id"] = "T111" },
            ["is_enterprise_install"] = false,
            ["callback_id"] = "do-something",
            ["trigger_id"] = EnvelopeTriggerId,
        },
        ["type"] = "interactive",
        ["accepts_response_payload"] = false,
    }.ToJsonString();

    // A message.channels event (https://api.slack.com/events/message.channels) from U0REPLIER in channel: a reply in
    // the thread rooted at threadTs (thread_ts set and ≠ ts, with parent_user_id), or a top-level
    // message when threadTs is null.
    public const string ReplierId = "U0REPLIER";

    public static string ChannelMessage(string channel, string ts, string? threadTs, string text, string eventId, string channelType = "channel")
    {
        var message = new JsonObject
        {
            ["client_msg_id"] = "5c1a8f0e-" + eventId,
            ["type"] = "message",
            ["text"] = text,
            ["user"] = ReplierId,
            ["ts"] = ts,
            ["team"] = TeamId,
            ["channel"] = channel,
            ["event_ts"] = ts,
            ["channel_type"] = channelType,
        };
        if (threadTs is not null)
        {
            message["thread_ts"] = threadTs;
            message["parent_user_id"] = "U061F7AUR";
        }

        return EventCallback(message, eventId, 1515449600);
    }

    // A Socket Mode events_api envelope around an Events API body (https://api.slack.com/apis/socket-mode).
    public static string EventEnvelope(string eventCallback, string envelopeId) => new JsonObject
    {
        ["envelope_id"] = envelopeId,
        ["payload"] = JsonNode.Parse(eventCallback),
        ["type"] = "events_api",
        ["accepts_response_payload"] = false,
        ["retry_attempt"] = 0,
        ["retry_reason"] = "",
    }.ToJsonString();

    // The response_url path of BlockActions.
    public const string ActionResponsePath = "/actions/T0ASKBOT/5550001/askbotActionResponse";

    // A block_actions payload (https://api.slack.com/reference/interaction-payloads/block-actions): userId clicked the
    // button actionId carrying value on the message the bot posted (post: the recorded
    // chat.postMessage, echoed back as Slack shows it, with the ts Slack gave it), or on an ephemeral
    // message (post null: no message in the payload, as Slack sends it).
    public static string BlockActions(string userId, string actionId, string value, RecordedRequest? post, string triggerId, string actionTs = "1700000100.000200")
    {
        var channel = post?["channel"] ?? "C0ASKCHAN";
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = "voter", ["name"] = "voter", ["team_id"] = TeamId },
            ["api_app_id"] = "A0ASKBOT",
            ["token"] = "askbot-verification-token",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000000.000900", ["channel_id"] = channel, ["is_ephemeral"] = post is null },
            ["trigger_id"] = triggerId,
            ["team"] = new JsonObject { ["id"] = TeamId, ["domain"] = "askbot-test" },
            ["channel"] = new JsonObject { ["id"] = channel, ["name"] = "general" },
            ["state"] = new JsonObject { ["values"] = new JsonObject() },
            ["response_url"] = "https://hooks.slack.com" + ActionResponsePath,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = actionId,
                ["block_id"] = "Zq1",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = actionId.EndsWith("up", StringComparison.Ordinal) ? "👍" : "👎", ["emoji"] = true },
                ["value"] = value,
                ["type"] = "button",
                ["action_ts"] = actionTs,
            }),
        };
        if (post is not null)
        {
            var blocks = post.Json["blocks"]!.DeepClone().AsArray();
            foreach (var block in blocks)
            {
                block!["block_id"] ??= "b" + blocks.IndexOf(block); // Slack gives every block an id
            }

            payload["message"] = new JsonObject
            {
                ["bot_id"] = "B0ASKBOT",
                ["type"] = "message",
                ["text"] = post["text"],
                ["user"] = BotUserId,
                ["ts"] = "1700000000.000900",
                ["team"] = TeamId,
                ["blocks"] = blocks,
            };
        }

        return payload.ToJsonString();
    }

    // The interactivity POST body: one form field, payload, holding the JSON (https://api.slack.com/interactivity/handling).
    public static string InteractivityForm(string payload) => "payload=" + Uri.EscapeDataString(payload);

    // A Socket Mode interactive envelope carrying payload (https://api.slack.com/apis/socket-mode).
    public static string InteractiveEnvelope(string payload, string envelopeId) => new JsonObject
    {
        ["envelope_id"] = envelopeId,
        ["payload"] = JsonNode.Parse(payload),
        ["type"] = "interactive",
        ["accepts_response_payload"] = false,
    }.ToJsonString();
}
