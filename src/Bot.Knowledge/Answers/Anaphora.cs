namespace Bot.Knowledge.Answers;

// A sentence that opens with a pronoun or a linking word ("He appointed …", "It was approved by
// 75% …", "However, …") speaks about what the sentence before it named; quoted alone it answers
// nothing a reader can follow (https://en.wikipedia.org/wiki/Anaphora_(linguistics)).
internal static class Anaphora
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "this", "these", "those", "his", "her", "its", "their", "such",
        "however", "but", "instead", "thus", "therefore", "hence", "consequently", "nevertheless", "nonetheless", "likewise", "similarly",
    };

    // Words that give the other branch of what the sentence before said: "Otherwise, it defaults to 3000."
    private static readonly HashSet<string> Alternatives = new(StringComparer.OrdinalIgnoreCase) { "otherwise", "unless", "else" };

    public static bool PointsBack(string sentence) => Openers.Contains(FirstWord(sentence));

    public static bool ContinuesWithAlternative(string sentence) => Alternatives.Contains(FirstWord(sentence));

    private static string FirstWord(string sentence)
    {
        var s = sentence.AsSpan().TrimStart("\"“‘'([ ");
        var end = 0;
        while (end < s.Length && char.IsLetter(s[end]))
        {
            end++;
        }

        return s[..end].ToString();
    }
}
