namespace Bot.Discord.Wire;

// A message component (https://discord.com/developers/docs/components/reference): an action row
// (type 1) holding up to 5 buttons (type 2). Buttons of styles 1–4 carry a custom_id (1–100
// characters, unique in the message) that comes back unchanged in the MESSAGE_COMPONENT interaction.
// Legacy messages (no IS_COMPONENTS_V2 flag) keep content and embeds beside up to 5 rows.
internal sealed record Component(
    int Type,
    IReadOnlyList<Component>? Components = null,
    int? Style = null,
    string? Label = null,
    string? CustomId = null,
    PartialEmoji? Emoji = null);

// A button's emoji: a Unicode emoji goes in name, with no id.
internal sealed record PartialEmoji(string Name);

internal static class ComponentType
{
    public const int ActionRow = 1;
    public const int Button = 2;
}

internal static class ButtonStyle
{
    public const int Primary = 1;
    public const int Secondary = 2;
}
