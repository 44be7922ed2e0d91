using System.Globalization;

namespace Bot.Chat.Rendering;

// "1 document", "2 documents": English plurals for the nouns the bot counts (all regular).
public static class Count
{
    public static string Of(long count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");
}
