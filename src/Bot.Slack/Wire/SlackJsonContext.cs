using System.Text.Json.Serialization;

namespace Bot.Slack.Wire;

// Every wire payload, snake_case as Slack spells it. Trailing commas are tolerated because some of
// Slack's published samples (https://api.slack.com/apis/events-api) have them; nulls are left out of what the bot sends.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(EventCallback))]
[JsonSerializable(typeof(SlackEvent))]
[JsonSerializable(typeof(SlashCommand))]
[JsonSerializable(typeof(SocketModeMessage))]
[JsonSerializable(typeof(SocketModeAck))]
[JsonSerializable(typeof(SlackResponse))]
[JsonSerializable(typeof(AuthTestResponse))]
[JsonSerializable(typeof(ConnectionsOpenResponse))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(PostEphemeralRequest))]
[JsonSerializable(typeof(ReactionRequest))]
[JsonSerializable(typeof(ResponseUrlMessage))]
[JsonSerializable(typeof(BlockActions))]
[JsonSerializable(typeof(ResponseUrlUpdate))]
[JsonSerializable(typeof(IReadOnlyList<Button>))]
[JsonSerializable(typeof(IReadOnlyList<TextObject>))]
[JsonSerializable(typeof(TextObject))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
