using System.Text.Json.Serialization;

namespace Bot.Knowledge.Evaluation;

[JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(DevQuestion))]
[JsonSerializable(typeof(FollowUpPair))]
[JsonSerializable(typeof(List<EvalSet>))]
internal sealed partial class EvaluationJsonContext : JsonSerializerContext;
