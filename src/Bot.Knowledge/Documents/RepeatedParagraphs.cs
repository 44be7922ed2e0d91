namespace Bot.Knowledge.Documents;

// Drops every paragraph that a longer paragraph of the same document repeats word for word (a
// standfirst the article body restates). Comparing every pair is quadratic, which a book-length
// file with thousands of paragraphs turns into seconds; instead each paragraph's opening
// Window characters are hashed, and one rolling-hash pass over every paragraph finds
// where any of those openings occur, so only real candidates are compared in full.
internal static class RepeatedParagraphs
{
    private const int Window = 32;
    private const ulong Base = 1_000_003;
    private const int FilterBits = 16;

    public static void Remove(List<string> paragraphs)
    {
        var repeated = new bool[paragraphs.Count];
        var byOpening = new Dictionary<ulong, List<int>>();
        // A bit per hash bucket: most windows of a text open no paragraph, and this rules them out
        // before a dictionary lookup.
        var mayOpen = new System.Collections.BitArray(1 << FilterBits);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            if (p.Length < Window)
            {
                // Too short for a window: compared directly (a rare, short line).
                repeated[i] = paragraphs.Exists(other => other.Length > p.Length && other.Contains(p, StringComparison.Ordinal));
                continue;
            }

            var hash = Hash(p.AsSpan(0, Window));
            if (!byOpening.TryGetValue(hash, out var list))
            {
                byOpening[hash] = list = [];
            }

            list.Add(i);
            mayOpen[Bucket(hash)] = true;
        }

        if (byOpening.Count > 0)
        {
            var outgoing = Power(Base, Window - 1);
            foreach (var container in paragraphs)
            {
                if (container.Length <= Window)
                {
                    continue;
                }

                var hash = Hash(container.AsSpan(0, Window));
                for (var at = 0; ; at++)
                {
                    if (mayOpen[Bucket(hash)] && byOpening.TryGetValue(hash, out var openings))
                    {
                        foreach (var i in openings)
                        {
                            var p = paragraphs[i];
                            repeated[i] |= container.Length > p.Length && container.AsSpan(at).StartsWith(p, StringComparison.Ordinal);
                        }
                    }

                    if (at + Window >= container.Length)
                    {
                        break;
                    }

                    hash = (hash - container[at] * outgoing) * Base + container[at + Window];
                }
            }
        }

        for (var i = paragraphs.Count - 1; i >= 0; i--)
        {
            if (repeated[i])
            {
                paragraphs.RemoveAt(i);
            }
        }
    }

    private static int Bucket(ulong hash) => (int)(hash >> (64 - FilterBits));

    private static ulong Hash(ReadOnlySpan<char> text)
    {
        ulong hash = 0;
        foreach (var c in text)
        {
            hash = hash * Base + c;
        }

        return hash;
    }

    private static ulong Power(ulong value, int exponent)
    {
        ulong result = 1;
        for (var i = 0; i < exponent; i++)
        {
            result *= value;
        }

        return result;
    }
}
