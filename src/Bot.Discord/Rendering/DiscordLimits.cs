
using Bot.Discord.Wire;

namespace Bot.Discord.Rendering;

// https://discord.com/developers/docs/resources/message (resources/message): breaking any of these makes Discord reject the whole message with 400.
internal static class DiscordLimits
{
    public const int Content = 2000;
    public const int Embeds = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;

    // https://discord.com/developers/docs/resources/channel: a thread's name is 1–100 characters.
    public const int ThreadName = 100;

    // Title + description + field names and values + footer text (+ author name) across all embeds.
    public const int EmbedTotal = 6000;

    public static int Length(Embed embed) =>
        (embed.Title?.Length ?? 0)
        + (embed.Description?.Length ?? 0)
        + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0)
        + (embed.Footer?.Text.Length ?? 0);
}
