namespace Bot.Chat.Commands;

/// <summary>What a person asked the bot to do, whatever the platform's syntax for it.</summary>
public enum ChatCommand
{
    Ask,
    Sources,
    Help,

    /// <summary>Admin only: rebuild the index.</summary>
    Reindex,

    /// <summary>Admin only: show the index's state.</summary>
    Status,

    /// <summary>"/frob": a command the bot does not have; the text is the word as typed.</summary>
    Unknown,
}
