using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Wire;

// An interaction, as the HTTP endpoint's body or the d of INTERACTION_CREATE (the same
// object, https://discord.com/developers/docs/interactions/receiving-and-responding). Member is sent in guilds, User in DMs.
internal sealed record Interaction(
    string Id,
    int Type,
    string Token,
    string? ApplicationId = null,
    InteractionData? Data = null,
    string? GuildId = null,
    string? ChannelId = null,
    GuildMember? Member = null,
    DiscordUser? User = null)
{
    public DiscordUser? Caller => Member?.User ?? User;

    // The interaction token is a credential for 15 minutes: keep it out of anything that prints records.
    public override string ToString() => $"Interaction {{ Id = {Id}, Type = {Type}, Command = {Data?.Name} }}";
}

// An interaction's data. For an application command: which command and its options. For a
// MESSAGE_COMPONENT (a button click): custom_id and component_type, and id is the component's
// numeric id rather than a snowflake string, so it is read as either (FACTS A5).
internal sealed record InteractionData(
    [property: JsonConverter(typeof(SnowflakeConverter))] string? Id = null,
    string? Name = null,
    int? Type = null,
    IReadOnlyList<InteractionOption>? Options = null,
    string? CustomId = null,
    int? ComponentType = null);

// One option of an invoked command: {type, name, value}; STRING is type 3 (https://discord.com/developers/docs/interactions/receiving-and-responding).
internal sealed record InteractionOption(string Name, int Type, JsonElement? Value = null)
{
    public string? StringValue => Value is { ValueKind: JsonValueKind.String } v ? v.GetString() : Value?.ToString();
}

// https://discord.com/developers/docs/interactions/receiving-and-responding: interaction types.
internal static class InteractionType
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;
}

// https://discord.com/developers/docs/interactions/receiving-and-responding: interaction callback types the bot uses.
internal static class InteractionCallbackType
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;

    // Component interactions only: acknowledge a click without a new message, or edit the message the button is on.
    public const int DeferredUpdateMessage = 6;
    public const int UpdateMessage = 7;
}

// The initial response to an interaction: {type, data?}.
internal sealed record InteractionResponse(int Type, MessagePayload? Data = null)
{
    public static InteractionResponse Pong { get; } = new(InteractionCallbackType.Pong);

    // https://discord.com/developers/docs/interactions/receiving-and-responding: with type 5, EPHEMERAL is the only flag allowed, and it fixes the visibility of the later edit.
    public static InteractionResponse Deferred(bool ephemeral) =>
        new(InteractionCallbackType.DeferredChannelMessageWithSource, ephemeral ? new MessagePayload(Flags: MessageFlags.Ephemeral) : null);

    public static InteractionResponse Message(MessagePayload message, bool ephemeral) =>
        new(InteractionCallbackType.ChannelMessageWithSource, ephemeral ? message with { Flags = MessageFlags.Ephemeral } : message);
}

// A CHAT_INPUT command for bulk overwrite (https://discord.com/developers/docs/reference). DefaultMemberPermissions is a
// permissions bitset serialized as a string, as the docs show (the OpenAPI says integer).
internal sealed record ApplicationCommand(
    string Name,
    string Description,
    int Type = 1,
    IReadOnlyList<ApplicationCommandOption>? Options = null,
    string? DefaultMemberPermissions = null,
    IReadOnlyList<int>? Contexts = null);

// A command option; type 3 is STRING.
internal sealed record ApplicationCommandOption(int Type, string Name, string Description, bool Required = false, int? MaxLength = null);
