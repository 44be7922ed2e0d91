using System.Text;

namespace Bot.Knowledge.Search;

/// <summary>
/// Builds the FTS5 MATCH expression. User text never reaches MATCH raw: each term is one folded word
/// (letters and digits only, see <see cref="Text.Tokenizer"/>), quoted as a string, and the terms
/// are joined with OR, so no operator, column filter, NEAR or prefix syntax can come from the user.
/// https://sqlite.org/fts5.html#full_text_query_syntax
/// </summary>
public static class FtsQuery
{
    public static string Build(IEnumerable<string> terms)
    {
        var sb = new StringBuilder();
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            if (sb.Length > 0)
            {
                sb.Append(" OR ");
            }

            sb.Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return sb.ToString();
    }
}
