using Bot.Knowledge.Documents;

namespace Bot.Knowledge.Index;

// What differs between two listings of the corpus, for the one log line a rebuild writes.
internal sealed record CorpusChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Edited, IReadOnlyList<string> Removed, IReadOnlyList<(string From, string To)> Renamed)
{
    public bool IsEmpty => Added.Count + Edited.Count + Removed.Count + Renamed.Count == 0;

    public static CorpusChanges Between(IReadOnlyList<DocumentStamp> before, IReadOnlyList<DocumentStamp> after)
    {
        var old = before.ToDictionary(s => s.RelativePath, StringComparer.Ordinal);
        var now = after.ToDictionary(s => s.RelativePath, StringComparer.Ordinal);
        var added = after.Where(s => !old.ContainsKey(s.RelativePath)).ToList();
        var removed = before.Where(s => !now.ContainsKey(s.RelativePath)).ToList();
        var edited = after.Where(s => old.TryGetValue(s.RelativePath, out var o) && (o.Length != s.Length || o.LastWriteUtc != s.LastWriteUtc))
            .Select(s => s.RelativePath).ToList();

        // A rename keeps a file's size and modification time; only its path changes.
        var renamed = new List<(string, string)>();
        foreach (var gone in removed.ToList())
        {
            var match = added.FindIndex(a => a.Length == gone.Length && a.LastWriteUtc == gone.LastWriteUtc);
            if (match >= 0)
            {
                renamed.Add((gone.RelativePath, added[match].RelativePath));
                added.RemoveAt(match);
                removed.Remove(gone);
            }
        }

        return new CorpusChanges(added.Select(s => s.RelativePath).ToList(), edited, removed.Select(s => s.RelativePath).ToList(), renamed);
    }

    public override string ToString()
    {
        var parts = new List<string>();
        void Add(string verb, IEnumerable<string> items)
        {
            var list = items.ToList();
            if (list.Count > 0)
            {
                parts.Add(verb + " " + string.Join(", ", list.Take(5)) + (list.Count > 5 ? $" and {list.Count - 5} more" : ""));
            }
        }

        Add("added", Added);
        Add("edited", Edited);
        Add("renamed", Renamed.Select(r => $"{r.From} → {r.To}"));
        Add("deleted", Removed);
        return parts.Count == 0 ? "no document changed" : string.Join("; ", parts);
    }
}
