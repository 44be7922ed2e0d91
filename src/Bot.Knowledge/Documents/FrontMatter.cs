namespace Bot.Knowledge.Documents;

/// <summary>
/// An optional block at the top of a document that overrides what is inferred:
/// <code>
/// ---
/// title: …
/// source: …
/// date: 2021-03-03
/// url: https://…
/// author: …
/// ---
/// </code>
/// </summary>
internal sealed record FrontMatter(IReadOnlyDictionary<string, string> Fields, int BodyStartLine)
{
    public static readonly FrontMatter None = new(new Dictionary<string, string>(), 0);

    public string? this[string key] => Fields.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    public static FrontMatter Parse(IReadOnlyList<string> lines)
    {
        if (lines.Count < 2 || lines[0].Trim() != "---")
        {
            return None;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Count && i < 64; i++)
        {
            var line = lines[i].Trim();
            if (line == "---")
            {
                return new FrontMatter(fields, i + 1);
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var value = line[(colon + 1)..].Trim();
            if (value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\''))
            {
                value = value[1..^1];
            }

            fields[line[..colon].Trim()] = value;
        }

        return None; // no closing line: not front matter, just text starting with a rule
    }
}
