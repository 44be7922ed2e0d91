using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Bot.Discord.Gateway;

// Reads an event even when a field has a shape the bot did not expect: the field the error points at
// is dropped and the rest read again, a few times at most, each drop reported. An event is only lost
// when what the bot needs (its id, its channel) cannot be read.
internal static partial class LenientJson
{
    private const int MaxDrops = 8;

    // dropped: Told the JSON path and error of every field dropped.
    public static T? Deserialize<T>(JsonElement data, JsonTypeInfo<T> type, Action<string, string> dropped)
    {
        try
        {
            return data.Deserialize(type);
        }
        catch (JsonException first) when (data.ValueKind == JsonValueKind.Object)
        {
            var node = JsonNode.Parse(data.GetRawText())!;
            var error = first;
            for (var i = 0; i < MaxDrops; i++)
            {
                if (!TryRemove(node, error.Path))
                {
                    throw error;
                }

                dropped(error.Path!, error.Message);
                try
                {
                    return node.Deserialize(type);
                }
                catch (JsonException next)
                {
                    error = next;
                }
            }

            throw error;
        }
    }

    // Removes the property named last in path ("$.member.roles[0]" removes member.roles).
    private static bool TryRemove(JsonNode root, string? path)
    {
        if (path is null)
        {
            return false;
        }

        var segments = Segment().Matches(path).Select(m => m.Groups[1].Success ? (Name: m.Groups[1].Value, Index: -1)
            : m.Groups[2].Success ? (Name: m.Groups[2].Value.Replace("''", "'", StringComparison.Ordinal), Index: -1)
            : (Name: (string?)null, Index: int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var last = segments.FindLastIndex(s => s.Name is not null);
        if (last < 0)
        {
            return false;
        }

        JsonNode? current = root;
        foreach (var (name, index) in segments.Take(last))
        {
            current = name is not null ? (current as JsonObject)?[name] : current is JsonArray array && index < array.Count ? array[index] : null;
        }

        return current is JsonObject parent && parent.Remove(segments[last].Name!);
    }

    [GeneratedRegex(@"\.([^.\[]+)|\['((?:[^']|'')*)'\]|\[(\d+)\]")]
    private static partial Regex Segment();
}
