using System.Globalization;
using System.Text;
using Bot.Chat.Commands;
using Bot.Chat.Conversations;
using Bot.Chat.Replies;
using Bot.Knowledge.Answers;
using Bot.Knowledge.Index;

namespace Bot.Chat.Rendering;

// Any reply as plain text: the console chat, and the text fallback of rich platform messages.
public static class PlainTextRenderer
{
    public static string Render(ChatReply reply) => reply switch
    {
        AnswerReply a => Answer(a.Answer),
        SourcesReply s => Sources(s.Documents),
        HelpReply h => HelpText.For(h.ForAdmin, "/"),
        RateLimitedReply r => RateLimited(r),
        NotAllowedReply n => NotAllowed(n.Command),
        RebuildReply r => Rebuild(r.Result),
        StatusReply s => Status(s.Status, s.Rebuilding),
        ReportReply r => ReportText.Render(r),
        UnknownCommandReply u => $"Unknown command {u.Command}; try /{ChatCommands.Help.Name}.",
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "no plain-text form"),
    };

    public static string RateLimited(RateLimitedReply reply) =>
        string.Create(CultureInfo.InvariantCulture, $"You're asking faster than I can keep up. Please slow down and try again in {reply.RetryAfterSeconds} s.");

    public static string NotAllowed(ChatCommand command) =>
        $"Sorry, only admins can use {ChatCommands.All.First(c => c.Command == command).Name}. Nothing was changed.";

    public static string Answer(Answer answer)
    {
        var sb = new StringBuilder(AnswerText.Format(answer, text => text, AnswerText.Indented));
        if (answer.Citations.Count > 0)
        {
            sb.Append("\n\n");
            foreach (var c in answer.Citations)
            {
                sb.Append(CitationText.Heading(c)).Append('\n');
                sb.Append("    ").Append(CitationText.Marked(c, "*", "*")).Append('\n');
            }
        }

        return sb.ToString().TrimEnd();
    }

    public static string Sources(IReadOnlyList<DocumentSummary> documents)
    {
        var sb = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{Count.Of(documents.Count, "document")} in the index:\n");
        foreach (var d in documents)
        {
            sb.Append(CultureInfo.InvariantCulture, $"• {d.Title}{CitationText.Byline(d.Source, d.Published)} ({d.Document}, {Count.Of(d.Passages, "passage")})\n");
        }

        return sb.ToString().TrimEnd();
    }

    public static string Rebuild(RebuildResult result) => result.Outcome switch
    {
        RebuildOutcome.Rebuilt => string.Create(CultureInfo.InvariantCulture,
            $"Index rebuilt: {Count.Of(result.Documents, "document")}, {Count.Of(result.Passages, "passage")} in {result.Elapsed.TotalSeconds:0.0} s.")
            + (result.Skipped.Count > 0 ? $" Skipped: {string.Join(", ", result.Skipped.Select(s => $"{s.RelativePath} ({s.Reason})"))}." : ""),
        RebuildOutcome.AlreadyRunning => "A rebuild is already running; the current index keeps answering until it finishes.",
        _ => $"The rebuild failed: {result.Error} The previous index, if there is one, keeps answering.",
    };

    public static string Status(IndexStatus status, bool rebuilding)
    {
        var info = status.Info;
        var line = info is null
            ? $"Index: {status.State.ToString().ToLowerInvariant()} ({status.Detail})."
            : string.Create(CultureInfo.InvariantCulture,
                $"Index: {status.State.ToString().ToLowerInvariant()} — {Count.Of(info.Documents, "document")}, {Count.Of(info.Passages, "passage")}, built {info.BuiltAt:yyyy-MM-dd HH:mm} UTC{(info.Trigger is { } t ? $" ({t.Describe()})" : "")}.")
              + (status.Detail is null ? "" : $" ({status.Detail})");
        return rebuilding ? line + " A rebuild is running." : line;
    }
}
