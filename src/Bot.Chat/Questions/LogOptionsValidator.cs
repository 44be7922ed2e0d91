using Microsoft.Extensions.Options;

namespace Bot.Chat.Questions;

// The data annotations on LogOptions, checked by generated code like the other sections.
[OptionsValidator]
internal sealed partial class LogOptionsValidator : IValidateOptions<LogOptions>;
