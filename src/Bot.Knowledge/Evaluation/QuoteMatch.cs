using System.Text;

namespace Bot.Knowledge.Evaluation;

/// <summary>"Contains the quote", compared case-insensitively with whitespace and curly quotes normalised.</summary>
public static class QuoteMatch
{
    public static bool Contains(string text, string quote) =>
        Normalize(text).Contains(Normalize(quote), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        var space = false;
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(c switch
            {
                '‘' or '’' or '‚' or '′' => '\'',
                '“' or '”' or '„' or '″' => '"',
                _ => c,
            });
        }

        return sb.ToString();
    }
}
