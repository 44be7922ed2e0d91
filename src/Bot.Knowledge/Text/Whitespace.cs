using System.Text;

namespace Bot.Knowledge.Text;

// Runs of whitespace become one space, with none at the ends; an optional map rewrites the other characters.
public static class Whitespace
{
    public static string Collapse(string text, Func<char, char>? map = null)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(map is null ? c : map(c));
        }

        return sb.ToString();
    }
}
