using System.Text.Json.Serialization;

namespace Bot.Output;

// Null values are written (the contract says "source": str|null), and non-ASCII text stays readable.
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AnswerJson))]
[JsonSerializable(typeof(IndexStatusJson))]
[JsonSerializable(typeof(RebuildJson))]
[JsonSerializable(typeof(List<DocumentJson>))]
[JsonSerializable(typeof(EvalSummaryJson))]
[JsonSerializable(typeof(List<EvalSummaryJson>))]
[JsonSerializable(typeof(ReportJson))]
[JsonSerializable(typeof(FollowUpSummaryJson))]
internal sealed partial class OutputJsonContext : JsonSerializerContext;
