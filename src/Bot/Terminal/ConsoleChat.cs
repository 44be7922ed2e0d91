using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Chat.Questions;
using Bot.Chat.Rendering;
using Bot.Chat.Replies;
using Bot.Knowledge;

namespace Bot.Terminal;

// The chat in a terminal: a prompt, answers, /help, /sources, /new, /good, /bad, /quit. With input redirected it
// answers every line (a blank one too) and exits at the end of input. The local user is an admin
// (it is their machine), so /reindex and /status work and no rate limit applies. The terminal is one
// conversation: a follow-up ("and Greece?") is read with the questions before it until /new.
internal sealed class ConsoleChat(ChatService chat, KnowledgeBase knowledge, TextReader input, TextWriter output, bool interactive)
{
    private static readonly ChatUser LocalUser = new("console", Environment.UserName, IsAdmin: true, Environment.UserName);

    // ConversationMemory's key for the terminal (README, "Follow-up questions").
    internal const string Conversation = "console";

    // Console-only commands, added to the shared help.
    private const string ConsoleHelp = "\n• /new — start a new conversation: the next question is read without the ones before it"
        + "\n• /good, /bad — rate the last answer 👍 or 👎 (recorded in the question log; rating again changes it)"
        + "\n• /quit — leave the chat";

    // The last answer that can be rated (its question-log key), like the buttons under a Slack or Discord answer.
    private string? _lastAnswerId;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Each `bot chat` starts a new conversation: the question log keeps chat platforms' threads
        // across restarts, but a new terminal session is not a reply to the last one.
        chat.ForgetConversation(Conversation);
        if (interactive)
        {
            var status = knowledge.Index.GetStatus();
            await output.WriteLineAsync($"Ask me about the {Count.Of(status.Info?.Documents ?? 0, "document")} in {knowledge.Index.CorpusDescription}. Type /help for commands, /quit to leave.").ConfigureAwait(false);
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            if (interactive)
            {
                await output.WriteAsync("\n> ").ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }

            string? line;
            try
            {
                // Console reads ignore cancellation once blocked; wait on the token instead so Ctrl+C ends the chat at once.
                line = await Task.Run(() => InputLines.Read(input), CancellationToken.None).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (line is null || line.Trim() is "/quit" or "/exit" or "/q")
            {
                break;
            }

            if (interactive && string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (line.Trim() is "/new" or "!new")
            {
                chat.ForgetConversation(Conversation);
                await output.WriteLineAsync(interactive ? "New conversation: the next question starts afresh." : "New conversation: the next question starts afresh.\n").ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (line.Trim() is "/good" or "/bad" or "/up" or "/down" or "👍" or "👎")
            {
                await output.WriteLineAsync(Rate(line.Trim() is "/good" or "/up" or "👍" ? Vote.Up : Vote.Down) + (interactive ? "" : "\n")).ConfigureAwait(false);
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            var request = ChatCommandParser.Parse(LocalUser, line);
            var reply = await chat.HandleAsync(request.Command == ChatCommand.Ask ? request with { Conversation = Conversation } : request, cancellationToken).ConfigureAwait(false);
            if (reply is AnswerReply answer)
            {
                _lastAnswerId = answer.AnswerId;
            }

            var text = PlainTextRenderer.Render(reply);
            await output.WriteLineAsync(reply is HelpReply ? text + ConsoleHelp : text).ConfigureAwait(false);
            if (!interactive)
            {
                await output.WriteLineAsync().ConfigureAwait(false);
            }

            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        if (interactive)
        {
            await output.WriteLineAsync("\nBye.").ConfigureAwait(false);
        }

        return 0;
    }

    private string Rate(Vote vote)
    {
        if (_lastAnswerId is not { } answerId)
        {
            return "There is no answer to rate yet: ask a question first.";
        }

        return chat.Vote(LocalUser, answerId, vote)
            ? $"Thanks — {(vote == Vote.Up ? "👍" : "👎")} recorded for the last answer{(vote == Vote.Up ? " (/bad changes it)" : " (/good changes it)")}."
            : "Votes are not recorded: the question log is off (Log:Enabled).";
    }
}
