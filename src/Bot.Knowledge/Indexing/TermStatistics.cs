using System.Runtime.InteropServices;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Indexing;

/// <summary>
/// What the index records about its words while documents are prepared: in how many passages each
/// stem and each word occurs (for term weights and typo correction) and the average body and title
/// lengths (for BM25's length normalisation).
/// </summary>
internal sealed class TermStatistics
{
    // Each entry remembers the last passage that counted it, so a word repeated within a passage
    // costs one lookup instead of a set per passage (this runs for every word of the corpus).
    private readonly Dictionary<string, Count> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Count> _words = new(StringComparer.Ordinal);
    private int _passage;

    public long BodyTerms { get; private set; }

    public long TitleTerms { get; private set; }

    public IEnumerable<KeyValuePair<string, int>> StemFrequencies => Frequencies(_stems);

    public IEnumerable<KeyValuePair<string, int>> WordFrequencies => Frequencies(_words);

    public void AddPassage(IReadOnlyList<Token> body, IReadOnlyList<Token> title)
    {
        _passage++;
        BodyTerms += body.Count;
        TitleTerms += title.Count;
        CountIn(body);
        CountIn(title);
    }

    private void CountIn(IReadOnlyList<Token> tokens)
    {
        foreach (var token in tokens)
        {
            Increment(_stems, token.Stem);
            Increment(_words, token.Term);
        }
    }

    private void Increment(Dictionary<string, Count> counts, string key)
    {
        ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _);
        if (count.LastPassage != _passage)
        {
            count = new Count(count.Passages + 1, _passage);
        }
    }

    private static IEnumerable<KeyValuePair<string, int>> Frequencies(Dictionary<string, Count> counts) =>
        counts.Select(c => KeyValuePair.Create(c.Key, c.Value.Passages));

    private readonly record struct Count(int Passages, int LastPassage);
}
