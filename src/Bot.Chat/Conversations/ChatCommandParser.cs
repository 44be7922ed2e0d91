namespace Bot.Chat.Conversations;

/// <summary>
/// Free text (console, @mention, DM) → command. "help", "sources", "reindex" and "status" (with or
/// without a leading "/") are commands; any other single word after "/" is an unknown command (so
/// "/frob" gets "unknown command, try /help", not "please ask a question"); anything else is a question.
/// </summary>
public static class ChatCommandParser
{
    public static ChatRequest Parse(ChatUser user, string text)
    {
        var trimmed = text.Trim();
        var word = trimmed.TrimStart('/', '!').ToLowerInvariant();
        return word switch
        {
            "help" or "?" => new ChatRequest(user, ChatCommand.Help),
            "sources" or "documents" => new ChatRequest(user, ChatCommand.Sources),
            "reindex" or "rebuild" => new ChatRequest(user, ChatCommand.Reindex),
            "status" => new ChatRequest(user, ChatCommand.Status),
            _ when IsUnknownCommand(trimmed) => new ChatRequest(user, ChatCommand.Unknown, trimmed.Split(' ', 2)[0]),
            _ => ChatRequest.Ask(user, trimmed.StartsWith("/ask ", StringComparison.OrdinalIgnoreCase) ? trimmed[5..] : trimmed),
        };
    }

    private static bool IsUnknownCommand(string text) =>
        text.Length > 1 && text[0] == '/' && char.IsLetter(text[1]) && !text.StartsWith("/ask ", StringComparison.OrdinalIgnoreCase)
        && !text.Equals("/ask", StringComparison.OrdinalIgnoreCase);
}
