namespace Bot.Chat.Commands;

// One row of ChatCommands. Description is what a platform's command picker shows; HelpLine is how the
// help text finishes "• /name — …"; Argument names the free text the command takes, if any.
public sealed record ChatCommandInfo(
    string Name,
    ChatCommand Command,
    bool AdminOnly,
    string Description,
    string HelpLine,
    IReadOnlyList<string> Aliases,
    string? Argument = null);
