using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Bot.Output;

// One JSON object per line on stdout, readable UTF-8 (no \uXXXX for non-ASCII text).
internal static class JsonOutput
{
    private static readonly OutputJsonContext Context = new(new JsonSerializerOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static string Serialize<T>(T value)
    {
        var info = (JsonTypeInfo<T>)Context.GetTypeInfo(typeof(T))!;
        return JsonSerializer.Serialize(value, info);
    }
}
