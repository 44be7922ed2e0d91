namespace Bot.Knowledge.Answers;

// Does a text spell out an acronym: consecutive words whose initials are its letters ("Model
// Context Protocol" for MCP, "Countering America's Adversaries Through Sanctions Act" for CAATSA),
// small linking words ("of", "and", "the") allowed in between?
internal static class Acronym
{
    private static readonly HashSet<string> Linking = new(StringComparer.OrdinalIgnoreCase) { "of", "and", "the", "for", "to", "in", "on", "a", "an", "&" };

    public static bool ExpandedIn(string acronym, string text)
    {
        var letters = acronym.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray();
        if (letters.Length < 2)
        {
            return false;
        }

        var words = text.Split((char[])[' ', '-', '\n', '(', ')', ',', '“', '"'], StringSplitOptions.RemoveEmptyEntries);
        for (var start = 0; start < words.Length; start++)
        {
            if (Spells(words, start, letters))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Spells(string[] words, int start, char[] letters)
    {
        var matched = 0;
        for (var w = start; w < words.Length && matched < letters.Length; w++)
        {
            var word = words[w];
            if (word.Length > 0 && char.ToUpperInvariant(word[0]) == letters[matched] && (matched > 0 || !Linking.Contains(word)))
            {
                matched++;
            }
            else if (matched == 0 || !Linking.Contains(word))
            {
                return false;
            }
        }

        return matched == letters.Length;
    }
}
