using Bot.Chat.Commands;
using Bot.Chat.Rendering;
using Bot.Slack.Wire;

namespace Bot.Slack.Rendering;

// Help and usage in Slack's own syntax: everything goes through /ask, an @mention or a DM, and admin
// commands through /ask-admin, so a command is typed as "/ask sources" or "/ask-admin status".
internal static class SlackHelpText
{
    public const string AdminCommand = SlashCommand.Admin;

    public static readonly string Example = Typed(ChatCommands.Ask) + " " + HelpText.Example;

    public static string For(bool admin) => HelpText.For(admin, Typed,
        ["@mention me with a question in a channel — I answer in the thread", "send me a direct message with a question"]);

    public static readonly string AskUsage = "Ask me a question about the documents, for example: " + Example
        + $"\n{Typed(ChatCommands.Sources)} lists the documents, {Typed(ChatCommands.Help)} says more.";

    public static readonly string AdminUsage = HelpText.AdminLine(Typed);

    public static string Typed(ChatCommandInfo command) =>
        command.AdminOnly ? AdminCommand + " " + command.Name
        : command.Command == ChatCommand.Ask ? "/" + command.Name
        : "/" + ChatCommands.Ask.Name + " " + command.Name;
}
