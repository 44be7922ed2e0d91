using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Users;

/// <summary>
/// A list of ids (a member's roles) read leniently: Discord sends snowflake strings, but compatible
/// servers send numbers or whole objects (Spacebar: role objects with an <c>id</c>). The ids are what
/// the bot needs; anything else in the list is skipped rather than failing the whole event.
/// </summary>
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
