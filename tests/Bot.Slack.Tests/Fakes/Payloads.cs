using System.Text.Json.Nodes;
using Bot.Slack.Wire;

namespace Bot.Slack.Tests.Fakes;

/// <summary>
/// Our own Slack payloads, written from the docs (FACTS B1–B5), so every end-to-end test runs on a checkout
/// without ../shared. The verbatim third-party fixtures are only read by the conformance tests
/// (<see cref="Fixture"/>, [SharedFact("protocols/slack")]), which check that the bot handles them the same way.
/// </summary>
internal static class Payloads
{
    /// <summary>The bot's identity as the fake's auth.test reports it by default.</summary>
    public const string BotUserId = "U0BOT";
    public const string BotName = "askbot";
    public const string TeamName = "Askbot Test";
    public const string TeamId = "T0ASKBOT";

    /// <summary>auth.test: ok (FACTS B5; fields as in the method's docs).</summary>
    public const string AuthTestOk =
        $$"""{"ok":true,"url":"https://askbot-test.slack.com/","team":"{{TeamName}}","user":"{{BotName}}","team_id":"{{TeamId}}","user_id":"{{BotUserId}}"}""";

    /// <summary>auth.test with a token Slack does not accept.</summary>
    public const string AuthTestError = """{"ok":false,"error":"invalid_auth"}""";

    /// <summary>chat.postMessage: ok, with the posted message.</summary>
    public const string PostMessageOk =
        """{"ok":true,"channel":"C0ASKCHAN","ts":"1700000000.000900","message":{"type":"message","subtype":"bot_message","text":"an answer","ts":"1700000000.000900","bot_id":"B0ASKBOT","username":"askbot"}}""";

    /// <summary>chat.postMessage failing with one of its documented error codes.</summary>
    public const string PostMessageError = """{"ok":false,"error":"too_many_attachments"}""";

    /// <summary>chat.postEphemeral: ok (FACTS B5: <c>{ok, message_ts}</c>).</summary>
    public const string PostEphemeralOk = """{"ok":true,"message_ts":"1700000000.000901"}""";

    /// <summary>apps.connections.open: ok (FACTS B4); the fake points the url at itself.</summary>
    public const string ConnectionsOpenOk = """{"ok":true,"url":"wss://wss-primary.slack.com/link/?ticket=0"}""";

    /// <summary>Socket Mode's greeting on connect (FACTS B4).</summary>
    public const string Hello =
        """{"type":"hello","num_connections":1,"debug_info":{"host":"applink-askbot-1","build_number":1,"approximate_connection_time":18060},"connection_info":{"app_id":"A0ASKBOT"}}""";

    /// <summary>A Socket Mode disconnect message (FACTS B4: link_disabled, warning, refresh_requested, too_many_websockets).</summary>
    public static string Disconnect(string reason) =>
        new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "wss-askbot.slack.com" } }.ToJsonString();

    /// <summary>The challenge of <see cref="UrlVerification"/>.</summary>
    public const string Challenge = "askbot-challenge-7Hq2Lx9VbN4mP0wZ";

    /// <summary>Events API url_verification (FACTS B2: token, challenge, type; no inner event).</summary>
    public const string UrlVerification = $$"""{"token":"askbot-verification-token","challenge":"{{Challenge}}","type":"url_verification"}""";

    /// <summary>An Events API event_callback carrying an app_mention in C123ABC456 (FACTS B2), asking <paramref name="question"/>.</summary>
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

    /// <summary>An Events API event_callback carrying a message.im in D024BE91L (FACTS B2: type message, channel_type im), asking <paramref name="question"/>.</summary>
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

    /// <summary>An event_callback with fields of its inner event changed or added (null removes one).</summary>
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

    /// <summary>The user, response_url path and trigger_id of <see cref="Command"/>'s form.</summary>
    public const string CommandUserId = "U2CERLKJA";
    public const string CommandResponsePath = "/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN";
    public const string CommandTriggerId = "398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    /// <summary>
    /// A slash-command POST body, form-encoded as Slack sends it (FACTS B1/B3: fields in Slack's order, spaces as '+'),
    /// as /ask or /ask-admin with <paramref name="text"/>; <paramref name="triggerId"/> makes it another invocation
    /// (trigger_id is unique per invocation).
    /// </summary>
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

    /// <summary>A Socket Mode events_api envelope (FACTS B4) carrying an app_mention in C111 asking <paramref name="question"/>.</summary>
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

    /// <summary>The trigger_id of <see cref="CommandEnvelope"/>.</summary>
    public const string EnvelopeTriggerId = "111.222.xxx";

    /// <summary>The envelope_id of <see cref="CommandEnvelope"/> unless told otherwise.</summary>
    public const string CommandEnvelopeId = "1d3c79ab-0ffb-41f3-a080-d19e85f53649";

    /// <summary>
    /// A Socket Mode slash_commands envelope (FACTS B3/B4) from U111 with <paramref name="text"/> as the command text;
    /// <paramref name="envelopeId"/> gives the same invocation a new envelope, as a redelivery would.
    /// </summary>
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

    /// <summary>The envelope_id of <see cref="ShortcutEnvelope"/>.</summary>
    public const string ShortcutEnvelopeId = "57d6a792-4d35-4d0b-b6aa-3361493e1caf";

    /// <summary>A Socket Mode interactive envelope carrying a global shortcut (FACTS B3/B4), which the bot does not handle.</summary>
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
}
