using Bot.Knowledge.Text;

namespace Bot.Knowledge.Answers;

// Finds where the question's terms (by stem, so "sanctioned" marks "sanctions") stand in a text.
internal static class Highlighter
{
    public static IReadOnlyList<TextSpan> Find(string text, IReadOnlySet<string> stems) =>
        Tokenizer.Tokenize(text).Where(t => stems.Contains(t.Stem)).Select(t => new TextSpan(t.Start, t.Length)).ToList();
}
