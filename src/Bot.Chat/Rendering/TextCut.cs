namespace Bot.Chat.Rendering;

// Shortens text to a limit at a word boundary, ending with "…". Every renderer's limits go through here;
// the rule itself is Bot.Knowledge's (it cuts excerpts and echoed questions the same way), so the two
// can never disagree and adapters need not reach into Bot.Knowledge for it.
public static class TextCut
{
    public static string AtWord(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Knowledge.Text.TextCut.AtWord(text, maxLength);
    }
}
