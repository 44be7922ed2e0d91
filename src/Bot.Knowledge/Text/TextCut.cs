namespace Bot.Knowledge.Text;

// Shortens text to a limit at a word boundary, ending with "…". Every renderer's limits go through here.
public static class TextCut
{
    public static string AtWord(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        if (maxLength <= 1)
        {
            return maxLength == 1 ? "…" : "";
        }

        var cut = maxLength - 1;
        var space = text.LastIndexOf(' ', cut - 1, Math.Min(cut, 60));
        if (space > 0)
        {
            cut = space;
        }

        // Never split a surrogate pair (emoji, some scripts).
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }
}
