using System.Globalization;

namespace Bot.Knowledge.Index;

// IndexInfo ↔ the string map Lucene keeps with a commit.
internal static class CommitData
{
    public static Dictionary<string, string> From(IndexInfo info) => new(StringComparer.Ordinal)
    {
        ["schema_version"] = info.SchemaVersion.ToString(CultureInfo.InvariantCulture),
        ["corpus_fingerprint"] = info.Fingerprint,
        ["content_hash"] = info.ContentHash ?? "",
        ["built_at"] = info.BuiltAt.ToString("O", CultureInfo.InvariantCulture),
        ["documents"] = info.Documents.ToString(CultureInfo.InvariantCulture),
        ["passages"] = info.Passages.ToString(CultureInfo.InvariantCulture),
        ["avg_length"] = info.AverageLength.ToString("R", CultureInfo.InvariantCulture),
        ["avg_title_length"] = info.AverageTitleLength.ToString("R", CultureInfo.InvariantCulture),
        ["corpus"] = info.Corpus,
        ["trigger"] = info.Trigger?.Describe() ?? "",
    };

    // Throws FormatException when an entry is missing or malformed.
    public static IndexInfo Read(IDictionary<string, string> data)
    {
        string Get(string key) => data.TryGetValue(key, out var v) ? v : throw new FormatException($"the index has no '{key}' entry");
        return new IndexInfo(
            int.Parse(Get("schema_version"), CultureInfo.InvariantCulture),
            Get("corpus_fingerprint"),
            DateTimeOffset.Parse(Get("built_at"), CultureInfo.InvariantCulture),
            int.Parse(Get("documents"), CultureInfo.InvariantCulture),
            int.Parse(Get("passages"), CultureInfo.InvariantCulture),
            Get("corpus"))
        {
            ContentHash = data.TryGetValue("content_hash", out var h) && h.Length > 0 ? h : null,
            Trigger = RebuildTriggers.Parse(data.TryGetValue("trigger", out var t) ? t : null),
            AverageLength = double.Parse(Get("avg_length"), CultureInfo.InvariantCulture),
            AverageTitleLength = double.Parse(Get("avg_title_length"), CultureInfo.InvariantCulture),
        };
    }
}
