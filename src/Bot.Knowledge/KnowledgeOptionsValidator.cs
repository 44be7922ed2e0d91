using Microsoft.Extensions.Options;

namespace Bot.Knowledge;

// The data annotations on KnowledgeOptions, checked by generated code: the reflection
// based ValidateDataAnnotations cost every CLI call about 20 ms of start-up.
[OptionsValidator]
internal sealed partial class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>;
