using System.Text.Json;
using Bot.Discord.Interactions;
using Bot.Discord.Messages;
using Bot.Discord.Rest;

namespace Bot.Discord.Gateway;

/// <summary>
/// Hands the events the bot acts on to their handlers, which queue the work in the shared answer
/// pipeline, so the receive loop (and with it heartbeat ACKs) never waits for a search or a rebuild,
/// and an answer in progress outlives the gateway connection (it is drained when the host stops).
/// </summary>
internal sealed class GatewayEventRouter(InteractionHandler interactions, MessageHandler messages, DiscordRestClient rest)
{
    /// <summary>Throws <see cref="JsonException"/> for a payload that does not parse.</summary>
    public void Route(string? type, JsonElement data, string? botUserId)
    {
        switch (type)
        {
            case "INTERACTION_CREATE":
                var interaction = data.Deserialize(DiscordJsonContext.Default.Interaction) ?? throw new JsonException("empty interaction");

                // FACTS A2: the response goes over HTTP (the callback endpoint), never over the gateway.
                interactions.Accept(interaction, (response, ct) => rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, response, ct));
                break;
            case "MESSAGE_CREATE":
                var message = data.Deserialize(DiscordJsonContext.Default.GatewayMessage) ?? throw new JsonException("empty message");
                messages.Accept(message, botUserId);
                break;
        }
    }
}
