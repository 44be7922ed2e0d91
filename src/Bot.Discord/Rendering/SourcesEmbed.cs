using System.Globalization;
using System.Text;
using Bot.Chat.Rendering;
using Bot.Discord.Wire;
using Bot.Knowledge.Answers;

namespace Bot.Discord.Rendering;

// The document list as an embed, whole lines only, with "… and N more" when it outgrows the description.
internal static class SourcesEmbed
{
    public static MessagePayload Render(IReadOnlyList<DocumentSummary> documents)
    {
        var title = Count.Of(documents.Count, "document") + " in the index";
        var sb = new StringBuilder();
        for (var i = 0; i < documents.Count; i++)
        {
            var d = documents[i];
            var line = DiscordMarkdown.Escape($"• {d.Title}{CitationText.Byline(d.Source, d.Published)} ({d.Document}, {Count.Of(d.Passages, "passage")})");
            var more = string.Create(CultureInfo.InvariantCulture, $"… and {documents.Count - i} more");
            var reserve = i == documents.Count - 1 ? 0 : more.Length + 1;
            if (sb.Length + line.Length + 1 + reserve > DiscordLimits.EmbedDescription)
            {
                sb.Append(more);
                break;
            }

            sb.Append(line).Append('\n');
        }

        var description = sb.Length == 0 ? "No documents are indexed yet." : sb.ToString().TrimEnd();
        return new MessagePayload(Embeds: [new Embed(title, description)], AllowedMentions: AllowedMentions.None);
    }
}
