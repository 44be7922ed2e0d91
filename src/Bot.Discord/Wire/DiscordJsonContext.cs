using System.Text.Json.Serialization;

namespace Bot.Discord.Wire;

// Every wire payload the adapter reads or writes, in Discord's snake_case, nulls omitted.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(IdentifyData))]
[JsonSerializable(typeof(ResumeData))]
[JsonSerializable(typeof(GatewayBotResponse))]
[JsonSerializable(typeof(RateLimitedResponse))]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(GatewayMessage))]
[JsonSerializable(typeof(MessagePayload))]
[JsonSerializable(typeof(StartThreadRequest))]
[JsonSerializable(typeof(DiscordChannel))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommand>))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
