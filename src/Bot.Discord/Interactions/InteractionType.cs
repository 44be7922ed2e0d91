namespace Bot.Discord.Interactions;

/// <summary>FACTS A2: interaction types.</summary>
internal static class InteractionType
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;
}
