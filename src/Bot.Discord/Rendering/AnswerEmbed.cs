using Bot.Chat.Rendering;
using Bot.Discord.Wire;
using Bot.Knowledge.Answers;

namespace Bot.Discord.Rendering;

// An answer as one embed: the question as title, the answer with its [n] markers as description,
// one field per citation. Everything is cut at a word to Discord's limits, never rejected.
internal static class AnswerEmbed
{
    private const int AnsweredColor = 0x5865F2;
    private const int RelatedColor = 0x99AAB5;
    private const int MaxShrinkSteps = 200;

    public static MessagePayload Render(Answer answer)
    {
        if (answer.Citations.Count == 0)
        {
            return DiscordRenderer.Text(answer.Text);
        }

        var title = TextCut.AtWord(DiscordMarkdown.Escape(answer.Question.Length > 0 ? answer.Question : "Your question"), DiscordLimits.EmbedTitle);
        var description = AnswerText.Format(answer, DiscordMarkdown.Escape, AnswerText.Fenced);
        var footer = answer.Answered ? null : new EmbedFooter("These passages are only possibly related: the documents may not answer this.");
        var citations = answer.Citations.Take(DiscordLimits.EmbedFields).ToList();

        // The 6,000 total is smaller than the sum of the per-part limits: shorten excerpts first,
        // then the answer text, then drop the lowest-ranked citations.
        var valueMax = DiscordLimits.FieldValue;
        var descriptionMax = DiscordLimits.EmbedDescription;
        var count = citations.Count;
        for (var step = 0; step < MaxShrinkSteps; step++)
        {
            var embed = new Embed(
                title,
                TextCut.AtWord(description, descriptionMax),
                citations.Take(count).Select(c => Field(c, valueMax)).ToList(),
                answer.Answered ? AnsweredColor : RelatedColor,
                footer);
            if (DiscordLimits.Length(embed) <= DiscordLimits.EmbedTotal)
            {
                return new MessagePayload(Embeds: [embed], AllowedMentions: AllowedMentions.None);
            }

            if (valueMax > 256)
            {
                valueMax -= 128;
            }
            else if (descriptionMax > 1024)
            {
                descriptionMax -= 512;
            }
            else if (count > 0)
            {
                count--;
            }
            else
            {
                descriptionMax = Math.Max(1, descriptionMax / 2);
            }
        }

        return DiscordRenderer.Text(answer.Text);
    }

    private static EmbedField Field(Citation c, int valueMax)
    {
        var name = TextCut.AtWord(DiscordMarkdown.Escape($"{CitationText.Label(c)}{CitationText.Byline(c.Source, c.Published)}"), DiscordLimits.FieldName);
        var locator = Locator(c);
        var excerpt = DiscordMarkdown.MarkedExcerpt(c, valueMax - locator.Length - 1);
        var value = excerpt.Length == 0 ? locator : excerpt + "\n" + locator;
        return new EmbedField(name, TextCut.AtWord(value, valueMax));
    }

    // "`file.txt` ¶4", plus a link to the original when the document names one.
    private static string Locator(Citation c)
    {
        var locator = $"`{c.Document.Replace('`', '\'')}` {c.Locator}";
        return Uri.TryCreate(c.Url, UriKind.Absolute, out var url) && url.Scheme is "https" or "http" && c.Url!.Length <= 300 && !c.Url.Any(ch => ch is ' ' or '(' or ')')
            ? locator + $" · [source]({c.Url})"
            : locator;
    }
}
