using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Slack.Wire;

// Writes a Block as Block Kit JSON: type, block_id, text, and elements (text objects for a context,
// buttons for actions), leaving out what is not set. The bot only sends blocks; a block it receives
// (a clicked message's) is kept raw, so reading one is not supported.
internal sealed class BlockJsonConverter : JsonConverter<Block>
{
    public override Block Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("blocks are only written");

    public override void Write(Utf8JsonWriter writer, Block value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("type", value.Type);
        if (value.BlockId is { } blockId)
        {
            writer.WriteString("block_id", blockId);
        }

        if (value.Text is { } text)
        {
            writer.WritePropertyName("text");
            JsonSerializer.Serialize(writer, text, SlackJsonContext.Default.TextObject);
        }

        if (value.Elements is { } elements)
        {
            writer.WritePropertyName("elements");
            JsonSerializer.Serialize(writer, elements, SlackJsonContext.Default.IReadOnlyListTextObject);
        }
        else if (value.Buttons is { } buttons)
        {
            writer.WritePropertyName("elements");
            JsonSerializer.Serialize(writer, buttons, SlackJsonContext.Default.IReadOnlyListButton);
        }

        writer.WriteEndObject();
    }
}
