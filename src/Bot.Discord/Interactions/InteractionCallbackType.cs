namespace Bot.Discord.Interactions;

/// <summary>FACTS A2: interaction callback types the bot uses.</summary>
internal static class InteractionCallbackType
{
    public const int Pong = 1;
    public const int ChannelMessageWithSource = 4;
    public const int DeferredChannelMessageWithSource = 5;
}
