using System.Collections.Concurrent;

namespace Bot.Knowledge.Text;

/// <summary>
/// A word as written → its folded term and stem, remembered. Text repeats its words (a corpus of
/// 100,000 passages has some 10 million words but tens of thousands of distinct ones), so folding and
/// stemming each distinct spelling once instead of at every occurrence is most of the indexing time
/// saved. Bounded: past <see cref="Capacity"/> spellings (or for very long words) the forms are
/// computed and not kept, so hostile input cannot grow it.
/// </summary>
internal static class WordForms
{
    internal const int Capacity = 100_000;
    private const int MaxCachedLength = 40;

    private static readonly ConcurrentDictionary<string, (string Term, string Stem)> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (string Term, string Stem)>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _count;

    /// <summary>How many spellings are remembered.</summary>
    internal static int Count => Volatile.Read(ref _count);

    public static (string Term, string Stem) Of(ReadOnlySpan<char> word)
    {
        if (KnownBySpan.TryGetValue(word, out var forms))
        {
            return forms;
        }

        var written = word.ToString();
        var term = Tokenizer.Fold(written);
        forms = (term, term.Length == 0 ? "" : Tokenizer.StemOf(term));
        if (word.Length <= MaxCachedLength && Volatile.Read(ref _count) < Capacity && Known.TryAdd(written, forms))
        {
            Interlocked.Increment(ref _count);
        }

        return forms;
    }
}
