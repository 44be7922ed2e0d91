namespace Bot.Chat.Rendering;

/// <summary>The usage text every platform shows, with its own command prefix.</summary>
public static class HelpText
{
    public static string For(bool admin, string prefix)
    {
        var text = $"""
            Ask me about the documents I have, and I'll answer with the sentences that say it, numbered, and the excerpts they come from.
            • {prefix}ask <question> — for example: {prefix}ask How much did Turkey pay for the S-400?
            • {prefix}sources — the documents I know
            • {prefix}help — this message
            If the documents don't cover a question, I'll say so rather than guess.
            """;
        return admin
            ? text + $"\nAdmin: {prefix}reindex rebuilds the index from the documents; {prefix}status shows the index."
            : text;
    }
}
