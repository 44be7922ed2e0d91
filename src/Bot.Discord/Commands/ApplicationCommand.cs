namespace Bot.Discord.Commands;

/// <summary>
/// A CHAT_INPUT command for bulk overwrite (FACTS A3). <see cref="DefaultMemberPermissions"/> is a
/// permissions bitset serialized as a string, as the docs show (the OpenAPI says integer).
/// </summary>
internal sealed record ApplicationCommand(
    string Name,
    string Description,
    int Type = 1,
    IReadOnlyList<ApplicationCommandOption>? Options = null,
    string? DefaultMemberPermissions = null,
    IReadOnlyList<int>? Contexts = null);
