using System.Text.Json;
using Bot.Discord.Interactions;
using Bot.Discord.Messages;
using Bot.Discord.Rest;
using Bot.Discord.Wire;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

// Hands the events the bot acts on to their handlers, which queue the work in the shared answer
// pipeline, so the receive loop (and with it heartbeat ACKs) never waits for a search or a rebuild,
// and an answer in progress outlives the gateway connection (it is drained when the host stops).
internal sealed class GatewayEventRouter(InteractionHandler interactions, MessageHandler messages, DiscordRestClient rest, ILogger<GatewayEventRouter> logger)
{
    // Throws JsonException for a payload that does not parse.
    public void Route(string? type, JsonElement data, string? botUserId)
    {
        switch (type)
        {
            case "INTERACTION_CREATE":
                var interaction = LenientJson.Deserialize(data, DiscordJsonContext.Default.Interaction, (path, error) => Dropped(type, path, error)) is { Id.Length: > 0, Token.Length: > 0 } i ? i : throw new JsonException("an interaction without id or token");

                // https://discord.com/developers/docs/interactions/receiving-and-responding: the response goes over HTTP (the callback endpoint), never over the gateway.
                interactions.Accept(interaction, (response, ct) => rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, ct));
                break;
            case "MESSAGE_CREATE":
                var message = LenientJson.Deserialize(data, DiscordJsonContext.Default.GatewayMessage, (path, error) => Dropped(type, path, error)) is { Id.Length: > 0, ChannelId.Length: > 0 } m ? m : throw new JsonException("a message without id or channel_id");
                messages.Accept(message, botUserId);
                break;
        }
    }

    private void Dropped(string type, string path, string error) =>
        logger.LogDebug("{Event}: ignored {Path}, which has an unexpected shape ({Error}); read the rest", type, path, error);
}
