using Bot.Discord.Wire;

namespace Bot.Discord.Interactions;

// Delivers the initial response: over the gateway it is a POST to the callback endpoint, over HTTP
// it is the body of the HTTP response. Completes when Discord has it, so edits can follow.
internal delegate Task InteractionResponder(InteractionResponse response, CancellationToken cancellationToken);
