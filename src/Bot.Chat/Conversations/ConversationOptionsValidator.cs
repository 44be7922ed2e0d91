using Microsoft.Extensions.Options;

namespace Bot.Chat.Conversations;

// Checks the Conversations section's ranges at start (source-generated from the data annotations).
[OptionsValidator]
internal sealed partial class ConversationOptionsValidator : IValidateOptions<ConversationOptions>;
