using System.Text.Json.Nodes;
using System.Text.Json;
using System.Text;
using Bot.Discord.Gateway;
using Bot.Discord.Messages;
using Bot.Discord.Rest;
using Bot.Discord.Tests.Fakes;
using Bot.Discord.Wire;

namespace Bot.Discord.Tests.Gateway;

// What the adapter writes is byte-for-byte the docs' payloads; what it reads parses from the docs' examples.
public sealed class GatewayWireTests
{
    [SharedFact("protocols/discord/gateway_op1_heartbeat.json")]
    public void Heartbeat_matches_the_docs()
    {
        Assert.True(JsonNode.DeepEquals(Fixture.Json("protocols/discord/gateway_op1_heartbeat.json"), JsonNode.Parse(GatewayFrames.Heartbeat(251))));
        Assert.Equal("""{"op":1,"d":null}""", Encoding.UTF8.GetString(GatewayFrames.Heartbeat(null)));
    }

    [SharedFact(Fixture.Identify)]
    public void Identify_matches_the_docs_minimal_example()
    {
        var identify = new IdentifyData("my_token", new IdentifyProperties("linux", "my_library", "my_library"), 513);
        var frame = GatewayFrames.Build(GatewayOpcode.Identify, identify, DiscordJsonContext.Default.IdentifyData);
        Assert.True(JsonNode.DeepEquals(Fixture.Json(Fixture.Identify), JsonNode.Parse(frame)));
        Assert.DoesNotContain("my_token", identify.ToString(), StringComparison.Ordinal);
    }

    [SharedFact(Fixture.Resume)]
    public void Resume_matches_the_docs()
    {
        var frame = GatewayFrames.Build(GatewayOpcode.Resume, new ResumeData("my_token", "session_id_i_stored", 1337), DiscordJsonContext.Default.ResumeData);
        Assert.True(JsonNode.DeepEquals(Fixture.Json(Fixture.Resume), JsonNode.Parse(frame)));
    }

    [SharedFact(Fixture.Envelope, Fixture.Hello, Fixture.InvalidSession, Fixture.HeartbeatAck)]
    public void Received_payloads_parse()
    {
        var envelope = GatewayPayload.Parse(Fixture.Bytes(Fixture.Envelope));
        Assert.Equal((0, 42L, "GATEWAY_EVENT_NAME"), (envelope.Op, envelope.S, envelope.T));
        var hello = GatewayPayload.Parse(Fixture.Bytes(Fixture.Hello));
        Assert.Equal(45000, hello.D.Deserialize(DiscordJsonContext.Default.HelloData)!.HeartbeatInterval);
        Assert.Null(hello.S);
        Assert.Equal(JsonValueKind.False, GatewayPayload.Parse(Fixture.Bytes(Fixture.InvalidSession)).D.ValueKind);
        Assert.Equal(11, GatewayPayload.Parse(Fixture.Bytes(Fixture.HeartbeatAck)).Op);
    }

    [SharedFact(Fixture.GatewayBot)]
    public void Gateway_bot_response_parses()
    {
        var response = JsonSerializer.Deserialize(Fixture.Bytes(Fixture.GatewayBot), DiscordJsonContext.Default.GatewayBotResponse)!;
        Assert.Equal("wss://gateway.discord.gg/", response.Url);
        Assert.Equal(new SessionStartLimit(1000, 999, 14400000, 1), response.SessionStartLimit);
    }

    [SharedFact(Fixture.MessageObject)]
    public void Message_create_parses_from_the_docs_message_object()
    {
        var message = JsonSerializer.Deserialize(Fixture.Bytes(Fixture.MessageObject), DiscordJsonContext.Default.GatewayMessage)!;
        Assert.Equal(("334385199974967042", "290926798999357250", "Supa Hot", "53908099506183680"), (message.Id, message.ChannelId, message.Content, message.Author!.Id));
        Assert.Null(message.GuildId);
    }

    [SharedFact("protocols/discord/rest_429_global_rate_limit_body.json", "protocols/discord/rest_429_user_rate_limit_body.json")]
    public void Rate_limit_bodies_parse()
    {
        var global = JsonSerializer.Deserialize(Fixture.Bytes("protocols/discord/rest_429_global_rate_limit_body.json"), DiscordJsonContext.Default.RateLimitedResponse)!;
        Assert.Equal((64.57, true), (global.RetryAfter, global.Global));
        var user = JsonSerializer.Deserialize(Fixture.Bytes("protocols/discord/rest_429_user_rate_limit_body.json"), DiscordJsonContext.Default.RateLimitedResponse)!;
        Assert.False(user.Global);
    }

    [SharedFact("protocols/discord/rest_error_50035_array_error.json", "protocols/discord/rest_error_50035_object_error.json", "protocols/discord/rest_error_50035_request_error.json")]
    public void Error_bodies_describe_every_field_error()
    {
        Assert.Equal(
            "Invalid Form Body (50035): activities.0.platform: Value must be one of ('desktop', 'android', 'ios').; activities.0.type: Value must be one of (0, 1, 2, 3, 4, 5).",
            DiscordError.Describe(Fixture.Bytes("protocols/discord/rest_error_50035_array_error.json")).Text);
        Assert.Equal(
            "Invalid Form Body (50035): access_token: This field is required",
            DiscordError.Describe(Fixture.Bytes("protocols/discord/rest_error_50035_object_error.json")).Text);
        Assert.Equal(
            (50035, "Invalid Form Body (50035): Command exceeds maximum size (8000)"),
            DiscordError.Describe(Fixture.Bytes("protocols/discord/rest_error_50035_request_error.json")));
        Assert.Equal((null, "non-JSON body (6 bytes)"), DiscordError.Describe("<html>"u8));
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public void Close_codes_that_reconnecting_cannot_fix_are_fatal(int code)
    {
        var outcome = GatewayCloseCodes.Classify(code, null);
        Assert.Equal(ConnectionEnd.Fatal, outcome.End);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), outcome.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4000, false)]
    [InlineData(4001, false)]
    [InlineData(4002, false)]
    [InlineData(4003, false)]
    [InlineData(4005, false)]
    [InlineData(4008, false)]
    [InlineData(1006, false)]
    [InlineData(4007, true)]
    [InlineData(4009, true)]
    public void Other_close_codes_reconnect(int code, bool newSession) =>
        Assert.Equal(newSession ? ConnectionEnd.NewSession : ConnectionEnd.Resume, GatewayCloseCodes.Classify(code, "reason").End);

    [Fact]
    public void Gateway_urls_get_the_version_and_encoding()
    {
        Assert.Equal("wss://gateway.discord.gg/?v=10&encoding=json", GatewayUri.Build("wss://gateway.discord.gg/").ToString());
        Assert.Equal("wss://gateway-us-east1-b.discord.gg/?v=10&encoding=json", GatewayUri.Build("wss://gateway-us-east1-b.discord.gg").ToString());
    }

    [Fact]
    public void Intents_are_the_documented_bits()
    {
        Assert.Equal(4609, GatewayIntents.For(messageContent: false));
        Assert.Equal(37377, GatewayIntents.For(messageContent: true));
    }

    [Fact]
    public void Mentions_of_the_bot_are_stripped_in_both_forms()
    {
        Assert.Equal("what is it?", MentionText.Strip("<@42> what is it?", "42"));
        Assert.Equal("what is <@43>?", MentionText.Strip("<@!42>what is <@43>?", "42"));
        Assert.True(MentionText.Mentions("hey <@!42>", "42"));
        Assert.False(MentionText.Mentions("hey <@421>", "42"));
    }
}
