namespace Bot.Discord.Wire;

internal sealed record Embed(
    string? Title = null,
    string? Description = null,
    IReadOnlyList<EmbedField>? Fields = null,
    int? Color = null,
    EmbedFooter? Footer = null);

internal sealed record EmbedField(string Name, string Value, bool Inline = false);

internal sealed record EmbedFooter(string Text);
