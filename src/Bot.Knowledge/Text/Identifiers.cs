namespace Bot.Knowledge.Text;

// Code identifiers in documentation ("postMessage", "chat.postMessage", "signing_secret") are one
// word to the tokenizer, but people ask about them in words ("post a message", "signing secret").
// Each such identifier keeps its whole form and adds its parts, and for a camel-cased segment its
// parts run together ("postmessage"), as extra terms right after it.
internal static class Identifiers
{
    private const int MaxLength = 80;

    // Adds the parts of the last token of tokens when it is an identifier.
    public static void AddParts(string text, List<Token> tokens)
    {
        var whole = tokens[^1];
        if (whole.Length is < 4 or > MaxLength)
        {
            return;
        }

        var written = text.AsSpan(whole.Start, whole.Length);
        if (!written.ContainsAny('.', '_') && !HasCaseChange(written))
        {
            return;
        }

        var parts = new List<(int Start, int Length)>();
        foreach (var segment in Segments(written))
        {
            var words = CamelWords(written.Slice(segment.Start, segment.Length));
            if (words.Count > 1)
            {
                foreach (var (start, length) in words)
                {
                    parts.Add((segment.Start + start, length));
                }

                parts.Add(segment); // the camel-cased segment run together: "postmessage"
            }
            else
            {
                parts.Add(segment);
            }
        }

        // A part of a single letter or digits alone ("U.S.", "e.g.", "v1_2") is no word of its own.
        if (parts.Count < 2)
        {
            return;
        }

        foreach (var (start, length) in parts)
        {
            if (length < 2 || !written.Slice(start, length).ContainsAnyInRange('a', 'z'))
            {
                return;
            }
        }

        var known = new HashSet<string>(StringComparer.Ordinal) { whole.Term };
        foreach (var (start, length) in parts)
        {
            foreach (var (term, stem, _, _) in Tokenizer.Analyze(text.Substring(whole.Start + start, length)))
            {
                if (known.Add(term))
                {
                    tokens.Add(new Token(term, stem, whole.Start + start, length, tokens.Count));
                }
            }
        }
    }

    private static bool HasCaseChange(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsLower(word[i - 1]) && char.IsUpper(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    // The runs between dots and underscores.
    private static List<(int Start, int Length)> Segments(ReadOnlySpan<char> word)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i <= word.Length; i++)
        {
            if (i == word.Length || word[i] is '.' or '_')
            {
                if (i > start)
                {
                    result.Add((start, i - start));
                }

                start = i + 1;
            }
        }

        return result;
    }

    // "postMessage" → "post", "Message"; "HTTPServer" stays whole (no lower-to-upper change).
    private static List<(int Start, int Length)> CamelWords(ReadOnlySpan<char> segment)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 1; i <= segment.Length; i++)
        {
            if (i == segment.Length || (char.IsLower(segment[i - 1]) && char.IsUpper(segment[i])))
            {
                result.Add((start, i - start));
                start = i;
            }
        }

        return result;
    }
}
