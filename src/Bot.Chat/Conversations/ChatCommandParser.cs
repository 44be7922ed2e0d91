using Bot.Chat.Commands;

namespace Bot.Chat.Conversations;

// Free text (console, @mention, DM) → command. Any command in ChatCommands but ask, by name or alias,
// with or without a leading "/" or "!", is that command; any other single word after "/" is an unknown
// command (so "/frob" gets "unknown command, try /help", not "please ask a question"); anything else is
// a question, "/ask " removed.
public static class ChatCommandParser
{
    private static readonly string AskPrefix = "/" + ChatCommands.Ask.Name + " ";

    public static ChatRequest Parse(ChatUser user, string text)
    {
        var trimmed = text.Trim();
        var word = trimmed.TrimStart('/', '!').ToLowerInvariant();
        return ChatCommands.Find(word) is { Command: not ChatCommand.Ask } command
            ? new ChatRequest(user, command.Command)
            : IsUnknownCommand(trimmed)
                ? new ChatRequest(user, ChatCommand.Unknown, trimmed.Split(' ', 2)[0])
                : ChatRequest.Ask(user, trimmed.StartsWith(AskPrefix, StringComparison.OrdinalIgnoreCase) ? trimmed[AskPrefix.Length..] : trimmed);
    }

    private static bool IsUnknownCommand(string text) =>
        text.Length > 1 && text[0] == '/' && char.IsLetter(text[1]) && !text.StartsWith(AskPrefix, StringComparison.OrdinalIgnoreCase)
        && !text.Equals(AskPrefix.TrimEnd(), StringComparison.OrdinalIgnoreCase);
}
