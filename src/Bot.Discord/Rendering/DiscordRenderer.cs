using Bot.Chat.Rendering;
using Bot.Chat.Replies;
using Bot.Discord.Wire;

namespace Bot.Discord.Rendering;

// Any reply as a Discord message body. Every message carries allowed_mentions: {"parse": []}
// and fits Discord's limits (https://discord.com/developers/docs/resources/message); visibility (ephemeral) is the caller's decision.
internal static class DiscordRenderer
{
    private const string MentionHint = "\nYou can also mention me with a question, or send it to me in a direct message.";

    public static MessagePayload Render(ChatReply reply) => reply switch
    {
        AnswerReply a => FeedbackButtons.Append(AnswerEmbed.Render(a.Answer), a.AnswerId),
        SourcesReply s => SourcesEmbed.Render(s.Documents),
        HelpReply h => Text(HelpText.For(h.ForAdmin, "/") + MentionHint),
        _ => Text(PlainTextRenderer.Render(reply)),
    };

    public static MessagePayload Text(string text) =>
        new(Content: TextCut.AtWord(DiscordMarkdown.Escape(text), DiscordLimits.Content), AllowedMentions: AllowedMentions.None);
}
