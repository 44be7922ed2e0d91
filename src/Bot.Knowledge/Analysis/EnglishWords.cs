namespace Bot.Knowledge.Analysis;

// Is a lower-case word English, or a name written in lower case ("netlify", "redis")? Every
// single-word lemma and irregular form of WordNet 3.0 (https://wordnet.princeton.edu/, licence in
// Resources/english-words.LICENSE.txt), built by src/Bot.Knowledge/Analysis/Resources/build-english-words.py, plus the regular
// inflections (-s, -es, -ed, -ing, -er, -ly) of those.
internal static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    private static readonly string[] Endings = ["s", "es", "ies", "ed", "d", "ied", "ing", "er", "ers", "ly"];

    public static bool Contains(string word)
    {
        var words = Words.Value;
        if (words.Contains(word))
        {
            return true;
        }

        foreach (var ending in Endings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                var stem = word[..^ending.Length];
                if (words.Contains(stem) || words.Contains(stem + "e") || (ending.StartsWith('i') && words.Contains(stem + "y"))
                    || (stem.Length > 3 && stem[^1] == stem[^2] && words.Contains(stem[..^1])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static HashSet<string> Load()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var stream = typeof(EnglishWords).Assembly.GetManifestResourceStream("Bot.Knowledge.english-words.txt")
            ?? throw new InvalidOperationException("the English words resource is missing from the build");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            words.Add(line);
        }

        return words;
    }
}
