using System.Text.RegularExpressions;
using Bot.Knowledge.Questions;

namespace Bot.Knowledge.Ranking;

// Reference documentation defines an option, a field or a method in a line keyed by its name: a
// table row ("`logLevel` — By default …"), a list item ("- `authVersion`: `string`. …"), a
// definition ("processBeforeResponse: whether …") or a heading of its own. A passage that only
// uses the name (a code sample, a passing mention) says less about it than the one defining it,
// yet often ranks higher: it is shorter, or repeats the name. Which passage defines which of the
// question's identifiers is a matter of layout, the same in any documentation.
internal static partial class Definitions
{
    // A line's key: after a list bullet or number, a name (in backticks or not, "()" allowed) followed
    // by a separator: a colon, a dash, an opening parenthesis, or the end of a backticked name.
    [GeneratedRegex(@"^\s*(?:[-*•+]\s+|\d{1,3}[.)]\s+)?(?:`(?<key>[\w.$]+)(?:\(\))?`|(?<key>[\w.$]+)(?:\(\))?\s*(?=[:—–(]|\s-\s))", RegexOptions.Multiline)]
    private static partial Regex LineKey();

    // The share of the question's code identifiers (weighted) that the passage defines, 0 when the question names none.
    public static double Share(IReadOnlyList<QueryTerm> terms, string text, string? section)
    {
        double total = 0, defined = 0;
        HashSet<string>? keys = null;
        foreach (var term in terms)
        {
            if (!term.IsIdentifier)
            {
                continue;
            }

            total += term.Weight;
            keys ??= Keys(text, section);
            if (keys.Contains(term.Corrected ?? term.Term))
            {
                defined += term.Weight;
            }
        }

        return total > 0 ? defined / total : 0;
    }

    // The names the passage's lines, and the last heading of its section path, are keyed by (folded to lower case).
    internal static HashSet<string> Keys(string text, string? section)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in LineKey().Matches(text))
        {
            keys.Add(m.Groups["key"].Value.ToLowerInvariant());
        }

        if (section is not null)
        {
            var heading = section[(section.LastIndexOf('›') + 1)..].Trim().Trim('`');
            if (heading.EndsWith("()", StringComparison.Ordinal))
            {
                heading = heading[..^2];
            }

            keys.Add(heading.ToLowerInvariant());
        }

        return keys;
    }
}
