using System.Globalization;

namespace Bot.Knowledge.Text;

/// <summary>
/// Finds the words of a text: runs of letters, marks and digits with inner apostrophes
/// ("Turkey's", "rock'n"), and numbers with inner separators ("2.5", "1,500"). It is the regular
/// expression <c>\d+(?:[.,]\d+)+|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*</c> written out by hand:
/// the same words at the same offsets (a test holds it to that), at a fraction of the cost, which
/// matters because every passage goes through it at index time.
/// </summary>
internal static class WordScanner
{
    /// <summary>The next word at or after <paramref name="from"/>, or false at the end of the text.</summary>
    public static bool Next(ReadOnlySpan<char> text, int from, out int start, out int length)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsWordChar(c))
            {
                continue;
            }

            start = i;
            var end = char.IsDigit(c) ? NumberEnd(text, i) : -1;
            if (end < 0)
            {
                end = WordEnd(text, i);
            }

            length = end - start;
            return true;
        }

        start = length = 0;
        return false;
    }

    /// <summary>The end of <c>\d+(?:[.,]\d+)+</c> from <paramref name="i"/>, or -1 when there is no separator group.</summary>
    private static int NumberEnd(ReadOnlySpan<char> text, int i)
    {
        var j = Digits(text, i);
        var groups = 0;
        while (j + 1 < text.Length && text[j] is '.' or ',' && char.IsDigit(text[j + 1]))
        {
            j = Digits(text, j + 1);
            groups++;
        }

        return groups > 0 ? j : -1;
    }

    private static int Digits(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The end of <c>[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}]+)*</c> from <paramref name="i"/>.</summary>
    private static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && IsWordChar(text[j]))
        {
            j++;
        }

        while (j + 1 < text.Length && text[j] is '\'' or '’' && IsLetterOrMark(text[j + 1]))
        {
            j++;
            while (j < text.Length && IsLetterOrMark(text[j]))
            {
                j++;
            }
        }

        return j;
    }

    private static bool IsWordChar(char c) => c < 128
        ? char.IsAsciiLetterOrDigit(c)
        : char.GetUnicodeCategory(c) is <= UnicodeCategory.OtherNumber;

    private static bool IsLetterOrMark(char c) => c < 128
        ? char.IsAsciiLetter(c)
        : char.GetUnicodeCategory(c) is <= UnicodeCategory.EnclosingMark;
}
