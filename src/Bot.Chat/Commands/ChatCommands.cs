namespace Bot.Chat.Commands;

// The one list of commands the bot has. The console and @mention parser, Slack's /ask and /ask-admin,
// Discord's command registration and interaction switch, and every help text read it: a command is
// added, renamed or made admin-only here and nowhere else.
public static class ChatCommands
{
    public static ChatCommandInfo Ask { get; } = new("ask", ChatCommand.Ask, AdminOnly: false,
        "Ask a question about the documents; the answer cites its sources", "", [], Argument: "question");

    public static ChatCommandInfo Sources { get; } = new("sources", ChatCommand.Sources, AdminOnly: false,
        "List the documents the bot answers from", "the documents I know", ["documents"]);

    public static ChatCommandInfo Help { get; } = new("help", ChatCommand.Help, AdminOnly: false,
        "How to use the bot", "this message", ["?"]);

    public static ChatCommandInfo Reindex { get; } = new("reindex", ChatCommand.Reindex, AdminOnly: true,
        "Admin: rebuild the index from the documents", "rebuilds the index from the documents", ["rebuild"]);

    public static ChatCommandInfo Status { get; } = new("status", ChatCommand.Status, AdminOnly: true,
        "Admin: show the index's state", "shows the index", []);

    public static ChatCommandInfo Report { get; } = new("report", ChatCommand.Report, AdminOnly: true,
        "Admin: what people asked this week, what the documents did not cover", "the question-log report for the last 7 days", []);

    // In the order platforms list them.
    public static IReadOnlyList<ChatCommandInfo> All { get; } = [Ask, Sources, Help, Reindex, Status, Report];

    // By the name a platform registered (Discord's interaction names): aliases are not names there.
    public static ChatCommandInfo? Named(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));

    // By what a person typed: the name or one of its aliases.
    public static ChatCommandInfo? Find(string word) =>
        All.FirstOrDefault(c => string.Equals(c.Name, word, StringComparison.OrdinalIgnoreCase)
            || c.Aliases.Any(a => string.Equals(a, word, StringComparison.OrdinalIgnoreCase)));
}
