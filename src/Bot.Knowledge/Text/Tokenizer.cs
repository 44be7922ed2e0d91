using System.Globalization;
using System.Text;

namespace Bot.Knowledge.Text;

/// <summary>
/// Turns text into the terms the index and the query share. The same folding runs on passages at
/// index time and on questions at ask time, so "S-400" = "S400" = "S 400" = "S-400s",
/// "Erdoğan" = "Erdogan", "İsmail" = "Ismail" and "Turkey's" = "Turkey’s" = "Turkey".
/// </summary>
public static class Tokenizer
{
    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var raw = new List<(string Term, string Stem, int Start, int Length)>();
        var at = 0;
        while (WordScanner.Next(text, at, out var wordStart, out var wordLength))
        {
            at = wordStart + wordLength;
            var (term, stem) = WordForms.Of(text.AsSpan(wordStart, wordLength));
            if (term.Length > 0)
            {
                raw.Add((term, stem, wordStart, wordLength));
            }
        }

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
                    stem = StemOf(term);
                    length = next.Start + next.Length - start;
                    i++;
                }
            }
            else if (term.Length > 1 && char.IsAsciiLetter(term[0]) && EndsWithDigitsPlural(term))
            {
                term = term[..^1]; // "s400s" -> "s400"
                stem = StemOf(term);
            }

            tokens.Add(new Token(term, stem, start, length, tokens.Count));
        }

        return tokens;
    }

    /// <summary>
    /// The stem the reranker compares: base form of an irregular verb, then Porter. Porter cuts
    /// "used"/"uses"/"using" to "us", which would make them match "US" (the country) everywhere, so a
    /// longer word never gets a stem shorter than three letters.
    /// </summary>
    public static string StemOf(string term)
    {
        var stem = PorterStemmer.Stem(IrregularVerbs.Base(term));
        return stem.Length <= 2 && term.Length > 2 ? stem + term[stem.Length] : stem;
    }

    /// <summary>Terms only, for comparing texts.</summary>
    public static IEnumerable<string> Terms(string text) => Tokenize(text).Select(t => t.Term);

    /// <summary>Lower case, no diacritics, no apostrophes or possessive 's, numbers without separators.</summary>
    public static string Fold(string word)
    {
        // Most words are plain ASCII letters: lower-casing is all they need (no decomposition, no apostrophes).
        if (word.Length > 0 && !char.IsAsciiDigit(word[0]) && !word.AsSpan().ContainsAnyExcept(AsciiLetters))
        {
            return word.ToLowerInvariant();
        }

        var sb = new StringBuilder(word.Length);
        var decomposed = word.Normalize(NormalizationForm.FormD);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            switch (c)
            {
                case 'ı': sb.Append('i'); break;   // Turkish dotless i
                case 'ß': sb.Append("ss"); break;
                case 'ø' or 'Ø': sb.Append('o'); break;
                case 'æ' or 'Æ': sb.Append("ae"); break;
                case 'đ' or 'Đ': sb.Append('d'); break;
                case 'ł' or 'Ł': sb.Append('l'); break;
                default: sb.Append(char.ToLowerInvariant(c)); break;
            }
        }

        var s = sb.ToString();
        if (s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("’s", StringComparison.Ordinal))
        {
            s = s[..^2];
        }

        if (s.Length > 0 && char.IsAsciiDigit(s[0]))
        {
            // "1,500" = "1500"; "2.5" keeps its decimal as a letter so it stays one term: "2p5".
            s = s.Replace(",", "", StringComparison.Ordinal).Replace('.', 'p');
        }

        return s.Replace("'", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
    }

    private static bool IsDesignatorPrefix(string term) =>
        term.Length is >= 1 and <= 5 && !term.AsSpan().ContainsAnyExcept(AsciiLetters);

    private static bool IsAllDigits(string s) => s.Length > 0 && !s.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>"400" or "400s", checked without cutting the string (this runs for every short word).</summary>
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
