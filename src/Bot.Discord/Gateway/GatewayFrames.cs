using System.Buffers;
using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using Bot.Discord.Wire;

namespace Bot.Discord.Gateway;

// Builds the payloads the bot sends: {"op": n, "d": …}.
internal static class GatewayFrames
{
    public static byte[] Heartbeat(long? sequence)
    {
        var buffer = new ArrayBufferWriter<byte>(32);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", GatewayOpcode.Heartbeat);
            if (sequence is { } s)
            {
                writer.WriteNumber("d", s);
            }
            else
            {
                writer.WriteNull("d");
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static byte[] Build<T>(int op, T data, JsonTypeInfo<T> typeInfo)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", op);
            writer.WritePropertyName("d");
            JsonSerializer.Serialize(writer, data, typeInfo);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
