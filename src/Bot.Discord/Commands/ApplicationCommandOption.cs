namespace Bot.Discord.Commands;

/// <summary>A command option; type 3 is STRING.</summary>
internal sealed record ApplicationCommandOption(int Type, string Name, string Description, bool Required = false, int? MaxLength = null);
