using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Knowledge.Text;

/// <summary>
/// Turns text into the terms the index and the query share. The same folding runs on passages at
/// index time and on questions at ask time, so "S-400" = "S400" = "S 400" = "S-400s",
/// "Erdoğan" = "Erdogan", "İsmail" = "Ismail" and "Turkey's" = "Turkey’s" = "Turkey".
/// </summary>
public static partial class Tokenizer
{
    // Words (letters, marks, digits, inner apostrophes) and numbers with inner separators ("2.5", "1,500").
    [GeneratedRegex(@"\d+(?:[.,]\d+)+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    private static readonly System.Buffers.SearchValues<char> AsciiLetters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var raw = new List<(string Term, int Start, int Length)>();
        foreach (Match m in WordPattern().Matches(text))
        {
            var term = Fold(m.Value);
            if (term.Length > 0)
            {
                raw.Add((term, m.Index, m.Length));
            }
        }

        var tokens = new List<Token>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var (term, start, length) = raw[i];
            // Designators such as S-400, F-35, MiG-29 or "S 400" become one term, "s400".
            if (i + 1 < raw.Count && IsDesignatorPrefix(term) && IsAllDigits(TrimPluralS(raw[i + 1].Term)))
            {
                var next = raw[i + 1];
                var gap = text.AsSpan(start + length, next.Start - start - length);
                if (gap is "-" or "‐" or "‑" || (gap is " " && term.Length == 1 && term is not ("a" or "i")))
                {
                    term += TrimPluralS(next.Term);
                    length = next.Start + next.Length - start;
                    i++;
                }
            }
            else if (term.Length > 1 && char.IsAsciiLetter(term[0]) && EndsWithDigitsPlural(term))
            {
                term = term[..^1]; // "s400s" -> "s400"
            }

            tokens.Add(new Token(term, StemOf(term), start, length, tokens.Count));
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

    /// <summary>What the full-text index sees for a term, on both sides: its base form ("said" → "say"), stemmed again by FTS5's porter.</summary>
    public static string SearchForm(string term) => IrregularVerbs.Base(term);

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
        term.Length is >= 1 and <= 5 && term.All(char.IsAsciiLetter);

    private static bool IsAllDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    private static string TrimPluralS(string s) =>
        s.Length > 1 && s[^1] == 's' && IsAllDigits(s[..^1]) ? s[..^1] : s;

    private static bool EndsWithDigitsPlural(string term) =>
        term.Length > 2 && term[^1] == 's' && char.IsAsciiDigit(term[^2]) && term.Any(char.IsAsciiLetter) && term.Count(char.IsAsciiLetter) <= 6;
}
