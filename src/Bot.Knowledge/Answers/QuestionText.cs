using System.Globalization;
using System.Text;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Answers;

// What a user typed, made safe to search and to echo back: no control characters, one space between words.
public static class QuestionText
{
    public const string EmptyMessage = "Please ask a question, for example: How much did Turkey pay for the S-400?";
    public const string NoWordsMessage = "Please ask a question with at least one word to search for.";

    public static string TooLongMessage(int length, int max) => string.Create(CultureInfo.InvariantCulture,
        $"That question is too long ({length:N0} characters). Please keep it under {max:N0} characters.");

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsSurrogate(c) && !char.IsSurrogatePair(text, i) && !(i > 0 && char.IsSurrogatePair(text[i - 1], c)))
            {
                continue; // a lone surrogate is not text
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    // A long question echoed back in a reply is cut, not repeated in full.
    public static string Shorten(string text) => TextCut.AtWord(text, 200);
}
