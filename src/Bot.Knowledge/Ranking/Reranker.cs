using Bot.Knowledge.Questions;

namespace Bot.Knowledge.Ranking;

// Second stage over the first stage's candidates. BM25 (body and title as fields, over the
// question's terms plus any feedback terms) ranks by how much a passage is about the question; a
// passage that answers it usually also holds most of the question's words (coverage, weighted by
// idf), close together (proximity), sometimes in the question's order (phrases), and the kind of
// thing asked for (an amount for "how much", a date for "when").
internal static partial class Reranker
{
    public static void Score(AnalyzedQuestion question, IReadOnlyList<WeightedTerm> terms, List<Candidate> candidates, CorpusStats stats, RankingParameters p)
    {
        if (candidates.Count == 0)
        {
            return;
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var term in question.Terms)
        {
            weights[term.Stem] = term.Weight;
        }

        // A passage that spells a question word the other way ("defense" for "defence") holds that word:
        // BM25 prefers the spelling as written, but coverage, proximity and sentences count either.
        var spellings = terms.Where(t => t.StandsFor is { } s && weights.ContainsKey(s)).ToDictionary(t => t.Stem, t => t.StandsFor!, StringComparer.Ordinal);
        var total = Math.Max(weights.Values.Sum(), 1e-9);
        var bigrams = Bigrams(question);
        foreach (var c in candidates)
        {
            c.Bm25 = Bm25(terms, c, stats, p);
        }

        var maxBm25 = Math.Max(candidates.Max(c => c.Bm25), 1e-9);
        var n = question.Terms.Count;
        var identifiers = question.Terms.Any(t => t.IsIdentifier);
        // A question naming an identifier asks what it is or does; a code block only shows it in use.
        // What the wording asks for beyond the kind ("why" → a reason, "if I don't set X" → the default, "what
        // percentage", "what does X stand for"), scored like the kind for short questions.
        var asked = Answers.AskedFor.Of(question.Text);
        var askedFor = asked.What is Answers.AskedFor.Focus.Reason or Answers.AskedFor.Focus.Default
            or Answers.AskedFor.Focus.Percentage or Answers.AskedFor.Focus.Expansion;
        var codeFactor = identifiers && !Answers.AskedFor.Code(question) ? p.CodeUseFactor : 1;
        var features = n <= p.ShortQueryTerms ? 1 : n >= p.LongQueryTerms ? 0 : (double)(p.LongQueryTerms - n) / (p.LongQueryTerms - p.ShortQueryTerms);
        foreach (var c in candidates)
        {
            var stems = spellings.Count == 0 ? c.Stems : c.Stems.Select(s => spellings.GetValueOrDefault(s, s)).ToArray();
            var titleStems = spellings.Count == 0 ? c.TitleStems : c.TitleStems.Select(s => spellings.GetValueOrDefault(s, s)).ToArray();
            var positions = Positions(stems, weights);
            var body = positions.Keys.Sum(s => weights[s]);
            var all = body + titleStems.Distinct(StringComparer.Ordinal).Where(s => weights.ContainsKey(s) && !positions.ContainsKey(s)).Sum(s => weights[s]);
            c.Coverage = all / total;
            c.Score = p.Bm25Weight * (c.Bm25 / maxBm25)
                + features * (p.CoverageWeight * (body / total)
                    + p.TitleCoverageWeight * c.Coverage
                    + p.ProximityWeight * Proximity(positions, weights, question.Terms.Count)
                    + p.PhraseWeight * PhraseShare(bigrams, positions)
                    + p.SentenceWeight * BestSentence(stems, weights) / total)
                + p.HintWeight * (question.Kind != QuestionKind.General && AnswerHints.Matches(question.Kind, c.Text) ? 1 : 0)
                + (identifiers && c.Kind != Passages.PassageKind.Code ? p.DefinitionWeight * Definitions.Share(question.Terms, c.Text, c.Section) : 0);
            if (askedFor && asked.HeldBy(c.Text))
            {
                c.Score += features * p.HintWeight;
            }

            if (c.Kind == Passages.PassageKind.Code)
            {
                c.Score *= codeFactor;
            }

            // A lead-in announces what the next passage holds; a descriptive query keeps it (abstracts say "the following").
            if (features > 0 && LeadIn(c.Text))
            {
                c.Score *= p.LeadInFactor;
            }
        }

        // Descriptive queries rank documents as much as passages (the features above fade out as this fades in).
        if (p.DocumentWeight * (1 - features) is var documentWeight and > 0)
        {
            AddDocumentEvidence(candidates, documentWeight);
        }

        // Equal scores in document order: the index's own order depends on which build thread added a passage.
        candidates.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score)
            : string.CompareOrdinal(a.Document, b.Document) is var byDocument and not 0 ? byDocument
            : a.Paragraph.CompareTo(b.Paragraph));
    }

    // A passage whose document's other passages also match the question is likelier to be about it: each
    // passage gains a share of the best score among its document's other candidates (the rest of a split
    // abstract, the article's other paragraphs), as in J. Callan, "Passage-level evidence in document
    // retrieval" (SIGIR 1994). All gains come from the scores before any is added, so the order of the
    // loop does not matter.
    internal static void AddDocumentEvidence(List<Candidate> candidates, double weight)
    {
        var best = candidates.GroupBy(c => c.Document, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Score).OrderDescending().Take(2).ToArray(), StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            var top = best[c.Document];
            var other = top.Length < 2 ? 0 : top[0] == c.Score ? top[1] : top[0];
            c.Score += weight * other;
        }
    }

    // BM25F-style: body, title and section term frequencies, each length-normalised (a heading against the
    // titles' average length: both are a few words), summed before saturation.
    private static double Bm25(IReadOnlyList<WeightedTerm> terms, Candidate c, CorpusStats stats, RankingParameters p)
    {
        var bodyNorm = 1 - p.B + p.B * c.Length / Math.Max(stats.AverageLength, 1);
        var titleNorm = 1 - p.B + p.B * c.TitleStems.Length / Math.Max(stats.AverageTitleLength, 1);
        var sectionNorm = 1 - p.B + p.B * c.SectionStems.Length / Math.Max(stats.AverageTitleLength, 1);
        double score = 0;
        foreach (var term in terms)
        {
            var tf = c.CountOf(term.Stem) / bodyNorm + p.TitleFieldWeight * Count(c.TitleStems, term.Stem) / titleNorm
                + p.SectionFieldWeight * Count(c.SectionStems, term.Stem) / sectionNorm;
            if (tf > 0)
            {
                score += term.QueryWeight * term.Idf * tf * (p.K1 + 1) / (tf + p.K1);
            }
        }

        return score;
    }

    // A passage that introduces what follows it ("paste in one of the following", a last sentence ending in a
    // colon) names the topic without the answer: the list, command or file contents are in the next passage.
    // "the following:" with the text after it in the same passage holds what it announces; "the following
    // year" announces nothing.
    [System.Text.RegularExpressions.GeneratedRegex(@"\bthe following\s*([,.;!?]|$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AnnouncesFollowing();

    internal static bool LeadIn(string text)
    {
        var t = text.TrimEnd();
        return t.EndsWith(':') || AnnouncesFollowing().IsMatch(t);
    }

    // The most question weight any one sentence holds: the answer is usually a sentence that says most of the question.
    private static double BestSentence(string[] stems, Dictionary<string, double> weights)
    {
        double best = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        double current = 0;
        foreach (var stem in stems)
        {
            if (stem == Index.IndexSchema.SentenceBreak)
            {
                (best, current) = (Math.Max(best, current), 0);
                seen.Clear();
            }
            else if (weights.TryGetValue(stem, out var w) && seen.Add(stem))
            {
                current += w;
            }
        }

        return Math.Max(best, current);
    }

    private static int Count(string[] stems, string stem)
    {
        var n = 0;
        foreach (var s in stems)
        {
            if (s == stem)
            {
                n++;
            }
        }

        return n;
    }

    internal static Dictionary<string, List<int>> Positions(string[] stems, Dictionary<string, double> weights)
    {
        var positions = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < stems.Length; i++)
        {
            if (weights.ContainsKey(stems[i]))
            {
                if (!positions.TryGetValue(stems[i], out var list))
                {
                    positions[stems[i]] = list = [];
                }

                list.Add(i);
            }
        }

        return positions;
    }

    // For each pair of question terms, how close they come in the passage (1 when adjacent), weighted by the rarer term.
    private static double Proximity(Dictionary<string, List<int>> positions, Dictionary<string, double> weights, int termCount)
    {
        if (termCount < 2)
        {
            return positions.Count > 0 ? 1 : 0;
        }

        var stems = weights.Keys.ToArray();
        double sum = 0, possible = 0;
        for (var a = 0; a < stems.Length; a++)
        {
            for (var b = a + 1; b < stems.Length; b++)
            {
                var pairWeight = Math.Min(weights[stems[a]], weights[stems[b]]);
                possible += pairWeight;
                if (positions.TryGetValue(stems[a], out var pa) && positions.TryGetValue(stems[b], out var pb))
                {
                    sum += pairWeight * 2.0 / (1 + MinDistance(pa, pb));
                }
            }
        }

        return possible > 0 ? Math.Min(1, sum / possible) : 0;
    }

    private static int MinDistance(List<int> a, List<int> b)
    {
        int i = 0, j = 0, best = int.MaxValue;
        while (i < a.Count && j < b.Count)
        {
            best = Math.Min(best, Math.Abs(a[i] - b[j]));
            if (a[i] < b[j]) i++;
            else j++;
        }

        return best;
    }

    // Consecutive content words of the question ("defense industry", "foreign relations").
    private static List<(string First, string Second)> Bigrams(AnalyzedQuestion question)
    {
        var result = new List<(string, string)>();
        for (var i = 1; i < question.Terms.Count; i++)
        {
            if (question.Terms[i].Position - question.Terms[i - 1].Position <= 2)
            {
                result.Add((question.Terms[i - 1].Stem, question.Terms[i].Stem));
            }
        }

        return result;
    }

    private static double PhraseShare(List<(string First, string Second)> bigrams, Dictionary<string, List<int>> positions)
    {
        if (bigrams.Count == 0)
        {
            return 0;
        }

        var found = 0;
        foreach (var (first, second) in bigrams)
        {
            if (positions.TryGetValue(first, out var pa) && positions.TryGetValue(second, out var pb)
                && pa.Any(p => pb.Contains(p + 1) || pb.Contains(p + 2)))
            {
                found++;
            }
        }

        return (double)found / bigrams.Count;
    }
}
