using Bot.Knowledge.Text;

namespace Bot.Knowledge.Evaluation;

// "Contains the quote", compared case-insensitively with whitespace and curly quotes normalised.
public static class QuoteMatch
{
    public static bool Contains(string text, string quote) =>
        Normalize(text).Contains(Normalize(quote), StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string s) => Whitespace.Collapse(s, c => c switch
    {
        '‘' or '’' or '‚' or '′' => '\'',
        '“' or '”' or '„' or '″' => '"',
        _ => c,
    });
}
