using Microsoft.Extensions.Options;

namespace Bot.Chat.Limits;

/// <summary>The data annotations on <see cref="RateLimitOptions"/>, checked by generated code rather than by reflection (start-up time).</summary>
[OptionsValidator]
internal sealed partial class RateLimitOptionsValidator : IValidateOptions<RateLimitOptions>;
