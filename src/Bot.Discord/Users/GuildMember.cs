using System.Text.Json.Serialization;

namespace Bot.Discord.Users;

/// <summary>
/// A guild member. <see cref="Permissions"/> (a decimal bitset as a string) is only present on
/// interactions; MESSAGE_CREATE's partial member carries roles but no permissions.
/// </summary>
internal sealed record GuildMember(
    DiscordUser? User = null,
    [property: JsonConverter(typeof(SnowflakeListConverter))] IReadOnlyList<string>? Roles = null,
    string? Permissions = null,
    string? Nick = null);
