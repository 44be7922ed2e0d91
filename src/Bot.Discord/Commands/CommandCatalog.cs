using Bot.Discord.Wire;

namespace Bot.Discord.Commands;

/// <summary>The slash commands the bot registers, by bulk overwrite, at every start.</summary>
internal static class CommandCatalog
{
    public const string Ask = "ask";
    public const string Sources = "sources";
    public const string Help = "help";
    public const string Reindex = "reindex";
    public const string Status = "status";
    public const string QuestionOption = "question";
    public const int MaxQuestionLength = 500;

    // Interaction context types: 0 GUILD, 1 BOT_DM, 2 PRIVATE_CHANNEL. Admin commands stay in
    // guilds, where default_member_permissions can hide them.
    private static readonly IReadOnlyList<int> Everywhere = [0, 1];
    private static readonly IReadOnlyList<int> GuildOnly = [0];

    /// <summary>MANAGE_GUILD (1 &lt;&lt; 5) as a decimal string: Discord shows the command to members who have it (and to admins).</summary>
    public const string ManageServerPermission = "32";

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new(Ask, "Ask a question about the documents; the answer cites its sources",
            Options: [new ApplicationCommandOption(3, QuestionOption, "Your question", Required: true, MaxLength: MaxQuestionLength)],
            Contexts: Everywhere),
        new(Sources, "List the documents the bot answers from", Contexts: Everywhere),
        new(Help, "How to use the bot", Contexts: Everywhere),
        new(Reindex, "Admin: rebuild the index from the documents", DefaultMemberPermissions: ManageServerPermission, Contexts: GuildOnly),
        new(Status, "Admin: show the index's state", DefaultMemberPermissions: ManageServerPermission, Contexts: GuildOnly),
    ];
}
