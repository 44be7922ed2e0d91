namespace Bot.Knowledge.Documents;

// An optional block at the top of a document that overrides what is inferred:
// ---
// title: …
// source: …
// date: 2021-03-03
// url: https://…
// author: …
// ---
internal sealed record FrontMatter(IReadOnlyDictionary<string, string> Fields, int BodyStartLine)
{
    public static readonly FrontMatter None = new(new Dictionary<string, string>(), 0);

    // tags: [a, b], tags: a, b or a YAML block list under tags:.
    public IReadOnlyList<string> Tags { get; private init; } = [];

    public string? this[string key] => Fields.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    public static FrontMatter Parse(IReadOnlyList<string> lines)
    {
        if (lines.Count < 2 || lines[0].Trim() != "---")
        {
            return None;
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var tags = new List<string>();
        string? lastKey = null;
        for (var i = 1; i < lines.Count && i < 64; i++)
        {
            var line = lines[i].Trim();
            if (line == "---")
            {
                if (fields.TryGetValue("tags", out var inline) && inline.Length > 0)
                {
                    tags.AddRange(inline.Trim('[', ']').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Unquote));
                }

                return new FrontMatter(fields, i + 1) { Tags = tags };
            }

            if (line.StartsWith("- ", StringComparison.Ordinal) && string.Equals(lastKey, "tags", StringComparison.OrdinalIgnoreCase))
            {
                tags.Add(Unquote(line[2..].Trim()));
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            lastKey = line[..colon].Trim();
            fields[lastKey] = Unquote(line[(colon + 1)..].Trim());
        }

        return None; // no closing line: not front matter, just text starting with a rule
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'') ? value[1..^1] : value;
}
