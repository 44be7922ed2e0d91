namespace Bot.Chat.Commands;

// What a person asked the bot to do, whatever the platform's syntax for it.
public enum ChatCommand
{
    Ask,
    Sources,
    Help,

    // Admin only: rebuild the index.
    Reindex,

    // Admin only: show the index's state.
    Status,

    // Admin only: the question-log report.
    Report,

    // "/frob": a command the bot does not have; the text is the word as typed.
    Unknown,
}
