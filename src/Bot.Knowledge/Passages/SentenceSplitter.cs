namespace Bot.Knowledge.Passages;

// Splits prose into sentences at ". ", "! ", "? " (with closing quotes), but not after common
// abbreviations ("U.S.", "Feb.", "Mr.") or initials, and not inside a number ("2.5"); a line
// break always ends a sentence.
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "pres",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "vol", "fig", "eq", "ref", "approx", "inc", "ltd", "co", "corp", "vs", "etc", "al", "e.g", "i.e", "u.s", "u.k", "u.n", "d.c",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static IReadOnlyList<string> Split(string text)
    {
        var ranges = Ranges(text);
        var sentences = new List<string>(ranges.Count);
        foreach (var (start, length) in ranges)
        {
            sentences.Add(text.Substring(start, length));
        }

        return sentences;
    }

    // Where each sentence stands in text (start, length), without surrounding white space.
    public static List<(int Start, int Length)> Ranges(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                // Only lists, tables and code keep line breaks: each item, row or line stands alone.
                AddTrimmed(sentences, text, start, i);
                start = i + 1;
                continue;
            }

            if (text[i] is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '”' or '’' or '\'' or ')' or ']' or '.' or '!' or '?')
            {
                end++;
            }

            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                continue;
            }

            var next = end;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next >= text.Length || !StartsSentence(text[next]) || (text[i] == '.' && IsAbbreviation(text, start, i)))
            {
                continue;
            }

            AddTrimmed(sentences, text, start, end);
            start = next;
            i = next - 1;
        }

        AddTrimmed(sentences, text, start, text.Length);
        return sentences;
    }

    private static void AddTrimmed(List<(int, int)> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add((start, end - start));
        }
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '\'' or '(' or '[' || !char.IsLetter(c) && !char.IsPunctuation(c);

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "John F. Kennedy"
        }

        return AbbreviationsBySpan.Contains(word) || (word.Contains('.') && word.Length <= 5);
    }
}
