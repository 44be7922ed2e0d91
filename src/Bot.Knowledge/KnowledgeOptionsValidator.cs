using Microsoft.Extensions.Options;

namespace Bot.Knowledge;

/// <summary>
/// The data annotations on <see cref="KnowledgeOptions"/>, checked by generated code: the reflection
/// based ValidateDataAnnotations cost every CLI call about 20 ms of start-up.
/// </summary>
[OptionsValidator]
internal sealed partial class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>;
