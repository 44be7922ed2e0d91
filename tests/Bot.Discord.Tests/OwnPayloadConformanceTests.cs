using System.Text.Json;
using System.Text.Json.Nodes;
using Bot.Discord.Tests.Fakes;

namespace Bot.Discord.Tests;

// The payloads the loopback Discord and the end-to-end tests use are our own, written from the docs
// (Payloads), so those tests run without ../shared. These hold them to the docs' verbatim
// examples: equal where we use the example's values, the same shape where we use our own.
public sealed class OwnPayloadConformanceTests
{
    private const string UserRateLimitBody = "protocols/discord/rest_429_user_rate_limit_body.json";
    private const string GlobalRateLimitBody = "protocols/discord/rest_429_global_rate_limit_body.json";
    private const string SharedRateLimitBody = "protocols/discord/rest_429_shared_resource_rate_limit_body.json";
    private const string CrosspostWithReference = "protocols/discord/message_crossposted_example_with_message_reference.json";
    private const string ThreadChannel = "protocols/discord/channel_thread_example.json";

    [SharedFact(Fixture.Hello, Fixture.HeartbeatAck, Fixture.Reconnect, Fixture.InvalidSession, Fixture.Envelope)]
    public void Our_gateway_frames_are_the_docs_examples()
    {
        AssertJsonEqual(Fixture.Json(Fixture.Hello), Payloads.Hello(45000));
        AssertJsonEqual(Fixture.Json(Fixture.HeartbeatAck), Payloads.HeartbeatAck());
        AssertJsonEqual(Fixture.Json(Fixture.Reconnect), Payloads.Reconnect());
        AssertJsonEqual(Fixture.Json(Fixture.InvalidSession), Payloads.InvalidSession(resumable: false));
        AssertJsonEqual(Fixture.Json(Fixture.Envelope), Payloads.Dispatch("GATEWAY_EVENT_NAME", 42, new JsonObject()));
    }

    [SharedFact(Fixture.Identify, Fixture.Resume)]
    public void Our_identify_and_resume_field_names_are_the_docs_examples()
    {
        var identify = Fixture.Json(Fixture.Identify)["d"]!.AsObject();
        Assert.Equal(Payloads.IdentifyFields.Order(), identify.Select(p => p.Key).Order());
        Assert.Equal(Payloads.IdentifyPropertyFields.Order(), identify["properties"]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(Payloads.ResumeFields.Order(), Fixture.Json(Fixture.Resume)["d"]!.AsObject().Select(p => p.Key).Order());
    }

    [SharedFact(Fixture.GatewayBot)]
    public void Our_gateway_bot_response_is_the_docs_example_for_one_shard()
    {
        var docs = Fixture.Json(Fixture.GatewayBot);
        docs["shards"] = 1;
        AssertJsonEqual(docs, JsonNode.Parse(Payloads.GatewayBot)!);
    }

    [SharedFact(Fixture.SlashCommand)]
    public void Our_interaction_has_the_shape_of_the_docs_slash_command()
    {
        // application_id and version are documented interaction fields the example leaves out.
        var ours = Payloads.Command("cardsearch", "The Gitrog Monster");
        AssertShapeWithin(Fixture.Json(Fixture.SlashCommand), ours, "interaction", "application_id", "version");
        Assert.Equal((3, "question"), ((int)ours["data"]!["options"]![0]!["type"]!, (string?)ours["data"]!["options"]![0]!["name"]));
    }

    [SharedFact(Fixture.MessageObject)]
    public void Our_message_has_the_shape_of_the_docs_message_object()
    {
        // guild_id is documented on MESSAGE_CREATE (a guild message); author.bot on a bot's message.
        AssertShapeWithin(Fixture.Json(Fixture.MessageObject), Payloads.Message("1", "hi", fromBot: true), "message", "guild_id", "bot");
        AssertShapeWithin(Fixture.Json(Fixture.MessageObject), Payloads.Message("1", "hi", guildId: null, mentionsBot: false), "message");
    }

    // No reply MESSAGE_CREATE is published (FACTS A5); the crosspost example carries the same message_reference {type, channel_id, guild_id, message_id}.
    [SharedFact(CrosspostWithReference)]
    public void Our_reply_has_the_shape_of_the_docs_message_with_a_message_reference()
    {
        var docs = Fixture.Json(CrosspostWithReference);
        var ours = Payloads.Reply("1", "and when?", repliedTo: "306588351130107906");
        AssertShapeWithin(docs, ours, "message", "guild_id");
        Assert.Equal(docs["message_reference"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal), ours["message_reference"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(19, (int)ours["type"]!); // a reply; the docs' crosspost is a DEFAULT message (0)
    }

    // The thread a start-thread call returns, as the docs show a thread channel: our wire record reads it as a public thread.
    [SharedFact(ThreadChannel)]
    public void The_docs_thread_channel_reads_as_a_public_thread()
    {
        var thread = JsonSerializer.Deserialize(Fixture.Bytes(ThreadChannel), Bot.Discord.Wire.DiscordJsonContext.Default.DiscordChannel)!;

        Assert.Equal(("41771983423143937", 11, "41771983423143937"), (thread.Id, thread.Type!.Value, thread.ParentId));
        Assert.True(Bot.Discord.Wire.ChannelType.IsThread(thread.Type));
    }

    [SharedFact(UserRateLimitBody, GlobalRateLimitBody, SharedRateLimitBody, Fixture.UserRateLimit, Fixture.SharedRateLimit)]
    public void Our_429_bodies_and_headers_are_the_docs_examples()
    {
        AssertJsonEqual(Fixture.Json(UserRateLimitBody), JsonNode.Parse(Payloads.RateLimited(64.57))!);
        AssertJsonEqual(Fixture.Json(GlobalRateLimitBody), JsonNode.Parse(Payloads.RateLimited(64.57, global: true))!);
        AssertJsonEqual(Fixture.Json(SharedRateLimitBody), JsonNode.Parse(Payloads.RateLimited(1336.57, message: "The resource is being rate limited."))!);
        foreach (var (file, scope) in new[] { (Fixture.UserRateLimit, "user"), (Fixture.SharedRateLimit, "shared") })
        {
            var (_, headers, _) = Fixture.Http(file);
            headers.Remove("Content-Type");
            Assert.Equal(headers.Keys.Order(StringComparer.Ordinal), Payloads.RateLimitedHeaders(scope, "1").Keys.Order(StringComparer.Ordinal));
            Assert.Equal(scope, headers["X-RateLimit-Scope"]);
        }
    }

    private static void AssertJsonEqual(JsonNode docs, JsonNode ours) =>
        Assert.True(JsonNode.DeepEquals(docs, ours), $"ours {ours.ToJsonString()} is not the docs' {docs.ToJsonString()}");

    // Every field of ours is in the docs' example (or documented elsewhere: documentedExtras) with the same JSON kind, at every depth.
    private static void AssertShapeWithin(JsonNode? docs, JsonNode? ours, string path, params string[] documentedExtras)
    {
        var docsKind = docs?.GetValueKind() ?? JsonValueKind.Null;
        var oursKind = ours?.GetValueKind() ?? JsonValueKind.Null;
        if (docsKind == JsonValueKind.Null || oursKind == JsonValueKind.Null)
        {
            return; // a nullable field: either kind is documented
        }

        Assert.True(docsKind == oursKind || (docsKind is JsonValueKind.True or JsonValueKind.False && oursKind is JsonValueKind.True or JsonValueKind.False), $"{path}: ours is {oursKind}, the docs' {docsKind}");
        if (oursKind == JsonValueKind.Object)
        {
            foreach (var (key, value) in ours!.AsObject())
            {
                if (docs!.AsObject().TryGetPropertyValue(key, out var docsValue))
                {
                    AssertShapeWithin(docsValue, value, $"{path}.{key}", documentedExtras);
                }
                else
                {
                    Assert.True(documentedExtras.Contains(key), $"{path}.{key} is not in the docs' example");
                }
            }
        }
        else if (oursKind == JsonValueKind.Array && docs!.AsArray().Count > 0)
        {
            foreach (var item in ours!.AsArray())
            {
                AssertShapeWithin(docs.AsArray()[0], item, $"{path}[]", documentedExtras);
            }
        }
    }
}
