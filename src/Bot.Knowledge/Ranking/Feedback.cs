using Bot.Knowledge.Questions;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Ranking;

// RM3 pseudo-relevance feedback: the words the best first-stage passages share, weighted by how
// strongly those passages matched, become extra (lighter) query terms. It finds the abstracts that
// say "boundary layer" when the question said "viscous flow near the wall".
// Lavrenko & Croft 2001; Abdul-Jaleel et al. 2004 (RM3).
internal static class Feedback
{

    // Expansion words (surface form, stem, relative weight summing to 1), best first.
    public static List<(string Term, string Stem, double Weight)> Expand(AnalyzedQuestion question, IReadOnlyList<Candidate> top, int count)
    {
        var original = question.Terms.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var surface = new Dictionary<string, string>(StringComparer.Ordinal);
        var totalScore = top.Sum(c => Math.Max(c.Score, 0)) + 1e-9;
        foreach (var c in top)
        {
            var tokens = Tokenizer.Tokenize(c.Text);
            if (tokens.Count == 0)
            {
                continue;
            }

            var weight = Math.Max(c.Score, 0) / totalScore;
            foreach (var group in tokens.GroupBy(t => t.Stem, StringComparer.Ordinal))
            {
                var t = group.First();
                if (original.Contains(t.Stem) || t.Term.Length < 3 || StopWords.Contains(t.Term) || t.Term.All(char.IsDigit))
                {
                    continue;
                }

                scores[t.Stem] = scores.GetValueOrDefault(t.Stem) + weight * group.Count() / tokens.Count;
                surface.TryAdd(t.Stem, t.Term);
            }
        }

        var best = scores.OrderByDescending(s => s.Value).Take(count).ToList();
        var sum = best.Sum(s => s.Value) + 1e-12;
        return best.Select(s => (surface[s.Key], s.Key, s.Value / sum)).ToList();
    }
}
