namespace Bot.Discord.Messages;

internal sealed record Embed(
    string? Title = null,
    string? Description = null,
    IReadOnlyList<EmbedField>? Fields = null,
    int? Color = null,
    EmbedFooter? Footer = null);
