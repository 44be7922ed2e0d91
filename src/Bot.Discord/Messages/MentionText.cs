using System.Text.RegularExpressions;

namespace Bot.Discord.Messages;

// The question inside "<@BOTID> how much …": user mentions of the bot, in both the <@id> and legacy <@!id> forms, removed.
internal static class MentionText
{
    public static bool Mentions(string content, string botUserId) =>
        content.Contains($"<@{botUserId}>", StringComparison.Ordinal) || content.Contains($"<@!{botUserId}>", StringComparison.Ordinal);

    public static string Strip(string content, string botUserId) =>
        Regex.Replace(content, $"<@!?{Regex.Escape(botUserId)}>", " ", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)).Trim();
}
