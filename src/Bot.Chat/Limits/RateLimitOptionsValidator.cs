using Microsoft.Extensions.Options;

namespace Bot.Chat.Limits;

// The data annotations on RateLimitOptions, checked by generated code rather than by reflection (start-up time).
[OptionsValidator]
internal sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;
