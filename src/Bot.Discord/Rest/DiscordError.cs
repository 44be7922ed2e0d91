using System.Text;
using System.Text.Json;

namespace Bot.Discord.Rest;

// Turns Discord's error body (https://discord.com/developers/docs/reference: {"code", "message", "errors": {…{"_errors": [{code, message}]}}})
// into one log line: "Invalid Form Body (50035): activities.0.platform: Value must be one of …".
internal static class DiscordError
{
    public static (int? Code, string Text) Describe(ReadOnlySpan<byte> body)
    {
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, $"unexpected body ({body.Length} bytes)");
            }

            int? code = root.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : null;
            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            var details = new List<string>();
            if (root.TryGetProperty("errors", out var errors))
            {
                Collect(errors, "", details);
            }

            var sb = new StringBuilder(message ?? "no message");
            if (code is not null)
            {
                sb.Append(" (").Append(code.Value).Append(')');
            }

            if (details.Count > 0)
            {
                sb.Append(": ").AppendJoin("; ", details);
            }

            return (code, sb.ToString());
        }
        catch (JsonException)
        {
            return (null, $"non-JSON body ({body.Length} bytes)");
        }
    }

    private static void Collect(JsonElement element, string path, List<string> into)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == "_errors" && property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in property.Value.EnumerateArray())
                {
                    var text = error.TryGetProperty("message", out var m) ? m.GetString() : error.ToString();
                    into.Add(path.Length == 0 ? text ?? "" : $"{path}: {text}");
                }
            }
            else
            {
                Collect(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}", into);
            }
        }
    }
}
