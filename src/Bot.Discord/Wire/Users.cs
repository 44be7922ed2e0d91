using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.Json;

namespace Bot.Discord.Wire;

// A Discord user as the gateway and interactions send it (only the fields the bot reads).
internal sealed record DiscordUser(string Id, string? Username = null, string? GlobalName = null, bool? Bot = null)
{
    public string DisplayName => GlobalName ?? Username ?? Id;
}

// A guild member. Permissions (a decimal bitset as a string) is only present on
// interactions; MESSAGE_CREATE's partial member carries roles but no permissions.
internal sealed record GuildMember(
    DiscordUser? User = null,
    [property: JsonConverter(typeof(SnowflakeListConverter))] IReadOnlyList<string>? Roles = null,
    string? Permissions = null,
    string? Nick = null);

// A list of ids (a member's roles) read leniently: Discord sends snowflake strings, but compatible
// servers send numbers or whole objects (Spacebar: role objects with an id). The ids are what
// the bot needs; anything else in the list is skipped rather than failing the whole event.
internal sealed class SnowflakeListConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return [];
        }

        var ids = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    ids.Add(reader.GetString()!);
                    break;
                case JsonTokenType.Number:
                    ids.Add(reader.GetDecimal().ToString(CultureInfo.InvariantCulture));
                    break;
                case JsonTokenType.StartObject:
                    using (var element = JsonDocument.ParseValue(ref reader))
                    {
                        if (element.RootElement.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                        {
                            ids.Add(id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText());
                        }
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return ids;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var id in value)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
    }
}

// One id read leniently: a snowflake string, or a number (a component's id in a click's data).
internal sealed class SnowflakeConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return reader.GetDecimal().ToString(CultureInfo.InvariantCulture);
            default:
                reader.Skip();
                return null;
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
