using System.Text.Json.Serialization;

namespace Bot.Knowledge.Evaluation;

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DevQuestion))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext;
