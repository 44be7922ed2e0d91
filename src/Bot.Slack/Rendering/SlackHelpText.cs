namespace Bot.Slack.Rendering;

/// <summary>
/// Help and usage in Slack's own syntax: the shared <c>HelpText</c> uses one prefix per command, but in
/// Slack everything goes through <c>/ask</c>, an @mention or a DM, and admin commands through <c>/ask-admin</c>.
/// </summary>
internal static class SlackHelpText
{
    public const string Example = "/ask How much did Turkey pay for the S-400?";

    public static string For(bool admin)
    {
        var text = $"""
            Ask me about the documents I have, and I'll answer with the sentences that say it, numbered, and the excerpts they come from.
            • /ask <question> — for example: {Example}
            • @mention me with a question in a channel — I answer in the thread
            • send me a direct message with a question
            • /ask sources — the documents I know
            • /ask help — this message
            If the documents don't cover a question, I'll say so rather than guess.
            """;
        return admin ? text + "\n" + AdminUsage : text;
    }

    public const string AskUsage = "Ask me a question about the documents, for example: " + Example + "\n/ask sources lists the documents, /ask help says more.";

    public const string AdminUsage = "Admin: /ask-admin reindex rebuilds the index from the documents; /ask-admin status shows the index.";
}
