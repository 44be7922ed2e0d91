using Bot.Knowledge.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Bot.Knowledge.Text;

// Turns text into the terms the index and the question share, through TextAnalyzer,
// so "Erdoğan" = "Erdogan", "İsmail" = "Ismail" and "Turkey's" = "Turkey’s" = "Turkey". Two rules
// need to see neighbouring words and the characters between them, so they run here on the
// analysed words: designators ("S-400" = "S400" = "S 400" = "S-400s") and code identifiers
// (Identifiers).
public static class Tokenizer
{
    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var raw = Analyze(text);
        var tokens = new List<Token>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var (term, stem, start, length) = raw[i];
            // Designators such as S-400, F-35, MiG-29 or "S 400" become one term, "s400".
            if (i + 1 < raw.Count && IsDesignatorPrefix(term) && IsNumberOrPlural(raw[i + 1].Term))
            {
                var next = raw[i + 1];
                var gap = text.AsSpan(start + length, next.Start - start - length);
                if (gap is "-" or "‐" or "‑" || (gap is " " && term.Length == 1 && term is not ("a" or "i")))
                {
                    term += TrimPluralS(next.Term);
                    stem = term;
                    length = next.Start + next.Length - start;
                    i++;
                }
            }
            else if (term.Length > 1 && char.IsAsciiLetter(term[0]) && EndsWithDigitsPlural(term))
            {
                term = term[..^1]; // "s400s" -> "s400"
                stem = term;
            }

            tokens.Add(new Token(term, stem, start, length, tokens.Count));
            Identifiers.AddParts(text, tokens);
        }

        return tokens;
    }

    // The stem of one folded word, as the analysis chain gives it.
    public static string StemOf(string term)
    {
        var tokens = Analyze(term);
        return tokens.Count == 1 ? tokens[0].Stem : term;
    }

    // Terms only, for comparing texts.
    public static IEnumerable<string> Terms(string text) => Tokenize(text).Select(t => t.Term);

    // Each word (folded) with its stem and where it stands in text.
    internal static List<(string Term, string Stem, int Start, int Length)> Analyze(string text)
    {
        var result = new List<(string, string, int, int)>();
        using var stream = TextAnalyzer.Instance.GetTokenStream("body", text);
        var stem = stream.AddAttribute<ICharTermAttribute>();
        var word = stream.AddAttribute<IWordAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var term = word.Word;
            if (term.Length > 0)
            {
                var same = stem.Length == term.Length && stem.Buffer.AsSpan(0, stem.Length).SequenceEqual(term);
                result.Add((term, same ? term : stem.ToString(), offset.StartOffset, offset.EndOffset - offset.StartOffset));
            }
        }

        stream.End();
        return result;
    }

    private static bool IsDesignatorPrefix(string term) =>
        term.Length is >= 1 and <= 5 && !term.AsSpan().ContainsAnyExcept(AsciiLetters);

    private static bool IsAllDigits(string s) => s.Length > 0 && !s.AsSpan().ContainsAnyExceptInRange('0', '9');

    // "400" or "400s", checked without cutting the string (this runs for every short word).
    private static bool IsNumberOrPlural(string s)
    {
        var span = s.Length > 1 && s[^1] == 's' ? s.AsSpan(0, s.Length - 1) : s.AsSpan();
        return span.Length > 0 && !span.ContainsAnyExceptInRange('0', '9');
    }

    private static string TrimPluralS(string s) =>
        s.Length > 1 && s[^1] == 's' && IsAllDigits(s[..^1]) ? s[..^1] : s;

    private static bool EndsWithDigitsPlural(string term) =>
        term.Length > 2 && term[^1] == 's' && char.IsAsciiDigit(term[^2]) && term.Any(char.IsAsciiLetter) && term.Count(char.IsAsciiLetter) <= 6;
}
