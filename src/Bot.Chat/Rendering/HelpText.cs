using Bot.Chat.Commands;

namespace Bot.Chat.Rendering;

// The usage text every platform shows, built from ChatCommands. `typed` is how the platform spells a
// command ("/sources" on the console and Discord, "/ask sources" in Slack); `extraLines` are the ways
// to ask that only one platform has (Slack's @mention and DM lines).
public static class HelpText
{
    public const string Example = "How much did Turkey pay for the S-400?";

    private const string Intro = "Ask me about the documents I have, and I'll answer with the sentences that say it, numbered, and the excerpts they come from.";
    private const string Outro = "If the documents don't cover a question, I'll say so rather than guess.";

    public static string For(bool admin, string prefix) => For(admin, c => prefix + c.Name, []);

    public static string For(bool admin, Func<ChatCommandInfo, string> typed, IReadOnlyList<string> extraLines)
    {
        var lines = new List<string> { Intro, $"• {typed(ChatCommands.Ask)} <{ChatCommands.Ask.Argument}> — for example: {typed(ChatCommands.Ask)} {Example}" };
        lines.AddRange(extraLines.Select(l => "• " + l));
        lines.AddRange(ChatCommands.All.Where(c => c.Command != ChatCommand.Ask && !c.AdminOnly).Select(c => $"• {typed(c)} — {c.HelpLine}"));
        lines.Add(Outro);
        var text = string.Join("\n", lines);
        return admin ? text + "\n" + AdminLine(typed) : text;
    }

    // "Admin: /reindex rebuilds the index from the documents; /status shows the index."
    public static string AdminLine(Func<ChatCommandInfo, string> typed) =>
        "Admin: " + string.Join("; ", ChatCommands.All.Where(c => c.AdminOnly).Select(c => $"{typed(c)} {c.HelpLine}")) + ".";
}
