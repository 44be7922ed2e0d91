using Bot.Discord.Messages;

namespace Bot.Discord.Interactions;

/// <summary>The initial response to an interaction: <c>{type, data?}</c>.</summary>
internal sealed record InteractionResponse(int Type, MessagePayload? Data = null)
{
    public static InteractionResponse Pong { get; } = new(InteractionCallbackType.Pong);

    /// <summary>FACTS A2: with type 5, EPHEMERAL is the only flag allowed, and it fixes the visibility of the later edit.</summary>
    public static InteractionResponse Deferred(bool ephemeral) =>
        new(InteractionCallbackType.DeferredChannelMessageWithSource, ephemeral ? new MessagePayload(Flags: MessageFlags.Ephemeral) : null);

    public static InteractionResponse Message(MessagePayload message, bool ephemeral) =>
        new(InteractionCallbackType.ChannelMessageWithSource, ephemeral ? message with { Flags = MessageFlags.Ephemeral } : message);
}
