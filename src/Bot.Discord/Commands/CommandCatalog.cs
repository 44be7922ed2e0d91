using Bot.Chat.Commands;
using Bot.Discord.Wire;

namespace Bot.Discord.Commands;

// The slash commands the bot registers, by bulk overwrite, at every start: Bot.Chat's ChatCommands in
// Discord's shape (https://discord.com/developers/docs/interactions/application-commands#bulk-overwrite-global-application-commands).
internal static class CommandCatalog
{
    public const int MaxQuestionLength = 500;

    // STRING option type (https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-option-type).
    private const int StringOption = 3;

    // Interaction context types: 0 GUILD, 1 BOT_DM, 2 PRIVATE_CHANNEL. Admin commands stay in
    // guilds, where default_member_permissions can hide them.
    private static readonly IReadOnlyList<int> Everywhere = [0, 1];
    private static readonly IReadOnlyList<int> GuildOnly = [0];

    // MANAGE_GUILD (1 << 5) as a decimal string: Discord shows the command to members who have it (and to admins).
    public const string ManageServerPermission = "32";

    public static IReadOnlyList<ApplicationCommand> All { get; } = [.. ChatCommands.All.Select(ToDiscord)];

    private static ApplicationCommand ToDiscord(ChatCommandInfo command) => new(
        command.Name,
        command.Description,
        Options: command.Argument is { } argument
            ? [new ApplicationCommandOption(StringOption, argument, "Your " + argument, Required: true, MaxLength: MaxQuestionLength)]
            : null,
        DefaultMemberPermissions: command.AdminOnly ? ManageServerPermission : null,
        Contexts: command.AdminOnly ? GuildOnly : Everywhere);
}
