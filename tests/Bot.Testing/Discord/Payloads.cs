using System.Text.Json.Nodes;

namespace Bot.Testing.Discord;

// Our own payloads, written from the Discord docs (https://discord.com/developers/docs), with only what a test needs changed.
// They need no ../shared; OwnPayloadConformanceTests check them against the docs' verbatim examples when those are there.
internal static class Payloads
{
    public const string Question = "How much did Turkey pay for the S-400?";

    public const string InteractionId = "786008729715212338";
    public const string GuildId = "290926798626357999";
    public const string ChannelId = "290926798999357250";

    // The member who sends our interactions.
    public const string MemberUserId = "53908232506183680";

    // Every permission bit up to 1 << 30, Administrator (8) included: an admin.
    public const string AllPermissions = "2147483647";

    // IDENTIFY's required fields (https://discord.com/developers/docs/events/gateway): token, properties {os, browser, device}, intents.
    public static readonly string[] IdentifyFields = ["intents", "properties", "token"];

    public static readonly string[] IdentifyPropertyFields = ["browser", "device", "os"];

    // RESUME's fields (https://discord.com/developers/docs/events/gateway): op 6 {token, session_id, seq}.
    public static readonly string[] ResumeFields = ["seq", "session_id", "token"];

    // GET /gateway/bot (https://discord.com/developers/docs/events/gateway): url, shards, session_start_limit {total, remaining, reset_after (ms), max_concurrency}.
    public const string GatewayBot = """{"url":"wss://gateway.discord.gg/","shards":1,"session_start_limit":{"total":1000,"remaining":999,"reset_after":14400000,"max_concurrency":1}}""";

    // Op 10 HELLO: {op: 10, d: {heartbeat_interval}}.
    public static JsonNode Hello(int heartbeatIntervalMs) =>
        new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = heartbeatIntervalMs } };

    // Op 0 dispatch in the {op, d, s, t} envelope.
    public static JsonNode Dispatch(string type, long sequence, JsonNode data) =>
        new JsonObject { ["op"] = 0, ["d"] = data, ["s"] = sequence, ["t"] = type };

    // Op 11 HEARTBEAT ACK.
    public static JsonNode HeartbeatAck() => new JsonObject { ["op"] = 11 };

    // Op 7 RECONNECT.
    public static JsonNode Reconnect() => new JsonObject { ["op"] = 7, ["d"] = null };

    // Op 9 INVALID SESSION; d tells whether the session can be resumed.
    public static JsonNode InvalidSession(bool resumable) => new JsonObject { ["op"] = 9, ["d"] = resumable };

    // READY (https://discord.com/developers/docs/events/gateway): v, user, guilds, session_id, resume_gateway_url, application {id, flags}.
    public static JsonNode Ready(string sessionId, string resumeUrl, string botUserId = FakeDiscord.BotUserId) => new JsonObject
    {
        ["v"] = 10,
        ["user"] = new JsonObject { ["id"] = botUserId, ["username"] = "docs-bot", ["bot"] = true },
        ["guilds"] = new JsonArray(),
        ["session_id"] = sessionId,
        ["resume_gateway_url"] = resumeUrl,
        ["application"] = new JsonObject { ["id"] = FakeDiscord.ApplicationId, ["flags"] = 0 },
    };

    // An APPLICATION_COMMAND interaction (type 2) in a guild for /{command}, with the STRING (type 3)
    // option "question" when given (https://discord.com/developers/docs/interactions/receiving-and-responding). The member is an admin unless permissions says otherwise.
    public static JsonNode Command(string command, string? question = null, string? permissions = null, string token = "A_UNIQUE_TOKEN", string id = InteractionId)
    {
        var data = new JsonObject { ["id"] = "771825006014889984", ["name"] = command, ["type"] = 1 };
        if (question is not null)
        {
            data["options"] = new JsonArray(new JsonObject { ["type"] = 3, ["name"] = "question", ["value"] = question });
        }

        return new JsonObject
        {
            ["id"] = id,
            ["application_id"] = FakeDiscord.ApplicationId,
            ["type"] = 2,
            ["data"] = data,
            ["guild_id"] = GuildId,
            ["channel_id"] = "645027906669510667",
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = MemberUserId, ["username"] = "Mason" },
                ["roles"] = new JsonArray(),
                ["permissions"] = permissions ?? AllPermissions,
            },
            ["token"] = token,
            ["version"] = 1,
            ["locale"] = "en-US",
        };
    }

    // A MESSAGE_CREATE message object: a guild message mentioning the bot (or a DM when guildId is null).
    public static JsonNode Message(string id, string content, string? guildId = GuildId, bool mentionsBot = true, bool fromBot = false)
    {
        var author = new JsonObject { ["id"] = "53908099506183680", ["username"] = "Mason" };
        if (fromBot)
        {
            author["bot"] = true;
        }

        var message = new JsonObject
        {
            ["id"] = id,
            ["channel_id"] = ChannelId,
            ["author"] = author,
            ["content"] = content,
            ["timestamp"] = "2024-03-01T12:00:00.000000+00:00",
            ["edited_timestamp"] = null,
            ["tts"] = false,
            ["mention_everyone"] = false,
            ["mentions"] = mentionsBot ? new JsonArray(new JsonObject { ["id"] = FakeDiscord.BotUserId, ["username"] = "docs-bot", ["bot"] = true }) : new JsonArray(),
            ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(),
            ["embeds"] = new JsonArray(),
            ["pinned"] = false,
            ["type"] = 0,
        };
        if (guildId is not null)
        {
            message["guild_id"] = guildId;
        }

        return message;
    }

    // A reply (type 19) to message repliedTo, with message_reference {type 0, message_id, channel_id,
    // guild_id} (FACTS A5). A reply with the ping on lists the replied-to author in mentions; with it
    // off (mentionsBot false) it does not.
    public static JsonNode Reply(string id, string content, string repliedTo, bool mentionsBot = false, string channelId = ChannelId)
    {
        var message = Message(id, content, mentionsBot: mentionsBot);
        message["channel_id"] = channelId;
        message["type"] = 19;
        message["message_reference"] = new JsonObject { ["type"] = 0, ["message_id"] = repliedTo, ["channel_id"] = channelId, ["guild_id"] = GuildId };
        return message;
    }

    // A message in a thread: channel_id is the thread's id, with the extra channel_type field of
    // MESSAGE_CREATE (11, PUBLIC_THREAD; FACTS A5). A guild text channel's messages carry channel_type 0.
    public static JsonNode InChannel(string id, string content, string channelId, int channelType, bool mentionsBot = false)
    {
        var message = Message(id, content, mentionsBot: mentionsBot);
        message["channel_id"] = channelId;
        message["channel_type"] = channelType;
        return message;
    }

    // A click on a button (MESSAGE_COMPONENT, type 3) in a guild: data {component_type 2, id (a
    // number), custom_id} and the message the button is on (FACTS A5; the docs' partial example).
    public static JsonNode Click(string customId, string id, string token = "CLICK_TOKEN", string userId = MemberUserId) => new JsonObject
    {
        ["id"] = id,
        ["application_id"] = FakeDiscord.ApplicationId,
        ["type"] = 3,
        ["data"] = new JsonObject { ["component_type"] = 2, ["id"] = 2, ["custom_id"] = customId },
        ["guild_id"] = GuildId,
        ["channel_id"] = ChannelId,
        ["member"] = new JsonObject
        {
            ["user"] = new JsonObject { ["id"] = userId, ["username"] = "Mason" },
            ["roles"] = new JsonArray(),
            ["permissions"] = "1024",
        },
        ["message"] = new JsonObject { ["id"] = "1300000000000000099", ["channel_id"] = ChannelId, ["type"] = 0, ["content"] = "" },
        ["token"] = token,
        ["version"] = 1,
        ["locale"] = "en-US",
    };

    // The custom_ids of the buttons in a message body's action rows.
    public static List<string> ButtonIds(JsonNode message) =>
        (message["components"]?.AsArray() ?? [])
            .SelectMany(row => row!["components"]?.AsArray() ?? [])
            .Select(b => (string?)b!["custom_id"])
            .OfType<string>()
            .ToList();

    // A 429 body (https://discord.com/developers/docs/topics/rate-limits): {message, retry_after (seconds), global}.
    public static string RateLimited(double retryAfter, bool global = false, string message = "You are being rate limited.") =>
        new JsonObject { ["message"] = message, ["retry_after"] = retryAfter, ["global"] = global }.ToJsonString();

    // The rate-limit headers of a 429 (https://discord.com/developers/docs/topics/rate-limits), with the scope and Retry-After given.
    public static Dictionary<string, string> RateLimitedHeaders(string scope, string retryAfter, string remaining = "0") => new(StringComparer.OrdinalIgnoreCase)
    {
        ["Retry-After"] = retryAfter,
        ["X-RateLimit-Limit"] = "10",
        ["X-RateLimit-Remaining"] = remaining,
        ["X-RateLimit-Reset"] = "1470173023.123",
        ["X-RateLimit-Reset-After"] = retryAfter,
        ["X-RateLimit-Bucket"] = "abcd1234",
        ["X-RateLimit-Scope"] = scope,
    };

    // A success's rate-limit headers (https://discord.com/developers/docs/topics/rate-limits) saying the bucket is exhausted until 1 s from now.
    public static Dictionary<string, string> ExhaustedBucketHeaders() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["X-RateLimit-Limit"] = "5",
        ["X-RateLimit-Remaining"] = "0",
        ["X-RateLimit-Reset"] = "1470173023",
        ["X-RateLimit-Reset-After"] = "1",
        ["X-RateLimit-Bucket"] = "abcd1234",
    };

    // All the text of a message body: content, titles, descriptions, field names and values.
    public static string AllText(JsonNode message)
    {
        var parts = new List<string?> { (string?)message["content"] };
        foreach (var embed in message["embeds"]?.AsArray() ?? [])
        {
            parts.Add((string?)embed!["title"]);
            parts.Add((string?)embed["description"]);
            foreach (var field in embed["fields"]?.AsArray() ?? [])
            {
                parts.Add((string?)field!["name"]);
                parts.Add((string?)field["value"]);
            }
        }

        return string.Join("\n", parts.Where(p => p is not null));
    }

    public static void AssertMentionsSuppressed(JsonNode message)
    {
        var parse = message["allowed_mentions"]?["parse"];
        Assert.NotNull(parse);
        Assert.Empty(parse.AsArray());
    }
}
