using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Chat.Rendering;
using Bot.Chat.Replies;
using Bot.Knowledge.Answers;
using Bot.Slack.Wire;

namespace Bot.Slack.Rendering;

// Any reply as Block Kit: for an answer, a section with the cited sentences, then one section per
// citation (heading, then the excerpt as a quote with the matched terms in bold). Every piece of
// text is escaped and cut to Slack's limits (https://api.slack.com/methods/chat.postMessage), so Slack never rejects a reply.
internal static partial class BlockKitRenderer
{
    // Block Kit: section text is 1–3000 characters, at most 50 blocks per message (https://api.slack.com/reference/block-kit/blocks).
    public const int MaxSectionText = 3000;
    public const int MaxBlocks = 50;

    // chat.postMessage: "limit the number of characters in the text field to 4,000 … Slack will truncate
    // messages containing more than 40,000 characters" (https://api.slack.com/methods/chat.postMessage); the whole message stays under that.
    public const int MaxFallbackText = 4000;
    public const int MaxTotalText = 40_000;

    private const int MaxHeadingPart = 250;
    private const int MaxQuestionEcho = 500;

    public static SlackMessage Render(ChatReply reply, AskedQuestion? asked = null)
    {
        var plain = reply is HelpReply help ? SlackHelpText.For(help.ForAdmin) : PlainTextRenderer.Render(reply);
        var fallback = Mrkdwn.EscapeWithin(asked is null ? plain : $"Q: {asked.Question}\n{plain}", MaxFallbackText);

        // An answer that can be rated keeps room for its 👍/👎 buttons and the thanks line a click adds.
        var feedback = reply is AnswerReply { AnswerId: { } answerId } ? FeedbackButtons.For(answerId) : null;
        var blocks = feedback is null
            ? new BlockBudget(MaxTotalText - fallback.Length)
            : new BlockBudget(MaxTotalText - fallback.Length - FeedbackButtons.ReservedText, MaxBlocks - FeedbackButtons.ReservedBlocks);
        if (asked is not null)
        {
            blocks.TryAdd(Block.Context(Echo(asked)));
        }

        if (reply is AnswerReply answer)
        {
            AddAnswer(blocks, answer.Answer);
        }
        else
        {
            blocks.TryAdd(Block.Section(Mrkdwn.EscapeWithin(plain, MaxSectionText)));
        }

        return new SlackMessage(fallback, feedback is null ? blocks.Blocks : [.. blocks.Blocks, feedback]);
    }

    // A plain message (usage, apology) in the same shape.
    public static SlackMessage Text(string text)
    {
        var escaped = Mrkdwn.EscapeWithin(text, MaxSectionText);
        return new SlackMessage(escaped, [Block.Section(escaped)]);
    }

    private static void AddAnswer(BlockBudget blocks, Answer answer)
    {
        blocks.TryAdd(Block.Section(Statements(answer)));
        var citations = answer.Citations;
        for (var i = 0; i < citations.Count; i++)
        {
            // Keep one block and a little text for saying how many citations did not fit.
            var last = i == citations.Count - 1;
            if (!blocks.TryAdd(Block.Section(CitationSection(citations[i])), reserveBlocks: last ? 0 : 1, reserveText: last ? 0 : 100))
            {
                var more = citations.Count - i;
                blocks.TryAdd(Block.Context(string.Create(CultureInfo.InvariantCulture, $"…and {more} more citation{(more == 1 ? "" : "s")} not shown.")));
                return;
            }
        }
    }

    // The answer's sentences, with code in a ``` block; cut like any text when too long for one section.
    internal static string Statements(Answer answer) =>
        AnswerText.Format(answer, Mrkdwn.Escape, code => AnswerText.Fenced(Mrkdwn.Escape(code))) is { Length: <= MaxSectionText } text
            ? text
            : Mrkdwn.EscapeWithin(answer.Text, MaxSectionText);

    // "*[1] Title* — Source, 3 March 2021 (file.txt ¶4)", then the excerpt quoted with matched terms in bold.
    internal static string CitationSection(Citation c)
    {
        var heading = Heading(c);
        var quote = Mrkdwn.Fit(c.Excerpt, MaxSectionText - heading.Length - 1, excerpt => Quote(Marked(c, excerpt)));
        return heading + "\n" + quote;
    }

    private static string Heading(Citation c)
    {
        var title = Mrkdwn.Escape(TextCut.AtWord(c.Title, MaxHeadingPart));
        var linked = LinkableUrl(c.Url) is { } url ? $"<{Mrkdwn.Escape(url)}|{title}>" : title;
        var rest = TextCut.AtWord(CitationText.SectionSuffix(c) + CitationText.Byline(c.Source, c.Published) + $" ({CitationText.Place(c)})", MaxHeadingPart);
        return $"*[{c.Number}] {linked}*{Mrkdwn.Escape(rest)}";
    }

    // The excerpt (possibly cut) with its matched terms in Slack bold, escaped.
    private static string Marked(Citation c, string excerpt)
    {
        // A cut excerpt keeps its prefix and ends with "…": only the spans inside that prefix still apply.
        var kept = excerpt.Length == c.Excerpt.Length ? excerpt.Length : excerpt.Length - 1;
        var spans = c.Highlights.Where(h => h.Start >= 0 && h.End <= kept).ToList();
        return Mrkdwn.Escape(CitationText.Mark(excerpt, spans, "*", "*"));
    }

    // mrkdwn block quote: every line starts with ">" (the only unescaped ">" is ours).
    private static string Quote(string escaped) => ">" + escaped.Replace("\n", "\n>", StringComparison.Ordinal);

    // Only a plain http(s) URL becomes a link; anything that could break out of <url|text> stays unlinked.
    private static string? LinkableUrl(string? url) =>
        url is { Length: <= 2000 } && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        && url.IndexOfAny(['|', ' ', '\t', '\r', '\n']) < 0
            ? url
            : null;

    private static string Echo(AskedQuestion asked)
    {
        var question = Mrkdwn.EscapeWithin(asked.Question, MaxQuestionEcho);
        return asked.AskerId is { } id && UserId().IsMatch(id) ? $"<@{id}> asked: {question}" : $"You asked: {question}";
    }

    [GeneratedRegex("^[A-Z0-9]{2,32}$")]
    private static partial Regex UserId();
}
