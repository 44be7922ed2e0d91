using Bot.Knowledge.Passages;
using Bot.Knowledge.Questions;
using Bot.Knowledge.Ranking;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Answers;

// Picks the answer from the cited passages — sentences, rows, items or code under its
// introduction (AnswerUnits) that hold most of the question's weight, in the passages ranked
// highest, preferring ones with the kind of thing asked for (AskedFor) — says which way a yes/no
// question leans (YesNo), and cuts each citation's excerpt around its best sentence.
internal static class AnswerComposer
{
    public const int ExcerptLength = 320;
    private const int MaxSentences = 3;
    private const int MaxAnswerLength = 700;

    private const double RelatedMinCoverage = 0.2;
    private const double PassageWeight = 0.5;

    public const string NotCoveredText = "The material doesn't cover this, as far as I can tell.";

    public static Answer Compose(AnalyzedQuestion question, IReadOnlyList<Candidate> ranked, int top, bool answered)
    {
        var weights = question.Terms.GroupBy(t => t.Stem).ToDictionary(g => g.Key, g => g.First().Weight, StringComparer.Ordinal);
        var stems = weights.Keys.ToHashSet(StringComparer.Ordinal);
        var total = Math.Max(weights.Values.Sum(), 1e-9);
        var cited = ranked.Take(top).ToList();

        var asksForCode = AskedFor.Code(question);
        var asked = AskedFor.Of(question.Text);
        var scored = new List<(int Citation, AnswerUnit Unit, double Score)>();
        var citations = new List<Citation>(cited.Count);
        for (var i = 0; i < cited.Count; i++)
        {
            var candidate = cited[i];
            // The passage ranked first is the likeliest to hold the answer: its relevance (against the first's) counts beside the sentence's own.
            var prior = cited[0].Score > 0 ? PassageWeight * Math.Max(candidate.Score, 0) / cited[0].Score : 0;
            var sentences = SentenceSplitter.Split(candidate.Text);
            var best = (Index: 0, Score: double.MinValue);
            for (var s = 0; s < sentences.Count; s++)
            {
                var score = SentenceScore(sentences[s], "", question, weights, total);
                if (score > best.Score)
                {
                    best = (s, score);
                }
            }

            foreach (var unit in AnswerUnits.Of(candidate.Text, candidate.Kind))
            {
                // A block of code holds many identifiers and would outscore the sentence that explains it, unless code is what was asked for.
                var factor = unit.IsCode && !asksForCode ? CodeDiscount : 1;
                var leadIn = unit.IntroducesMore && !unit.Own.TrimEnd().EndsWith(':') ? LeadInFactor : 1;
                scored.Add((i + 1, unit, factor * leadIn * SentenceScore(unit.Own, unit.Context, question, weights, total, asked) + prior));
            }

            var excerpt = Excerpt(sentences, best.Index);
            var m = candidate.Metadata;
            citations.Add(new Citation(i + 1, candidate.Document, m.Title, m.Source, m.Published, m.Author, m.Url, candidate.Paragraph,
                excerpt, Highlighter.Find(excerpt, stems), candidate.Text, Math.Round(candidate.Score, 4), candidate.Section, candidate.Page, candidate.Kind));
        }

        if (!answered || scored.Count == 0)
        {
            // Nearest passages are offered only when they share a real part of the question.
            citations = citations.Where((c, i) => cited[i].Coverage >= RelatedMinCoverage).Select((c, i) => c with { Number = i + 1 }).ToList();
            var text = citations.Count > 0 ? NotCoveredText + " These passages may be related:" : NotCoveredText;
            return new Answer(question.Text, AnswerStatus.NotCovered, text, [], citations);
        }

        var chosen = new List<(int Citation, AnswerUnit Unit, double Score)>();
        var top1 = scored.Max(s => s.Score);
        foreach (var s in scored.OrderByDescending(s => s.Score))
        {
            if (chosen.Count == MaxSentences || s.Score < top1 * 0.8 || chosen.Sum(c => c.Unit.Shown.Length) + s.Unit.Shown.Length > MaxAnswerLength && chosen.Count > 0)
            {
                break;
            }

            // A sentence that points back to one already chosen ("… It in turn evolved into Modern English.") extends it.
            var extended = chosen.FindIndex(c => c.Citation == s.Citation && s.Unit.Shown.Length > c.Unit.Shown.Length && s.Unit.Shown.Contains(c.Unit.Shown, StringComparison.Ordinal));
            if (extended >= 0)
            {
                if (chosen.Count == 1 || chosen.Sum(c => c.Unit.Shown.Length) - chosen[extended].Unit.Shown.Length + s.Unit.Shown.Length <= MaxAnswerLength)
                {
                    chosen[extended] = chosen[extended] with { Unit = s.Unit };
                }

                continue;
            }

            // A further sentence for "how much"/"when"/"who" must hold an amount/date/name too, or it is padding;
            // so is a further block of code when the question asked neither for code nor for anything its lines name.
            if (chosen.Any(c => SameContent(c.Unit.Shown, s.Unit.Shown) || Overlaps(c, s))
                || (chosen.Count > 0 && question.Kind != QuestionKind.General && !AnswerHints.Matches(question.Kind, s.Unit.Own))
                || (chosen.Count > 0 && s.Unit.IsCode && !asksForCode && !Tokenizer.Tokenize(s.Unit.CodeText).Any(t => weights.ContainsKey(t.Stem))))
            {
                continue;
            }

            chosen.Add(s);
        }

        // A list's lead-in is shown once, before the first of its items the answer quotes.
        var sentencesOut = chosen.Select((c, k) => new AnswerSentence(
            chosen.Take(k).Any(e => e.Citation == c.Citation && e.Unit.Lead == c.Unit.Lead) ? c.Unit.Shown : c.Unit.Lead + c.Unit.Shown, c.Citation) { Code = c.Unit.IsCode ? c.Unit.CodeText : null }).ToList();
        var answerText = string.Join(' ', sentencesOut.Select(s => $"{s.Text} [{s.Citation}]"));
        var preface = YesNo.IsQuestion(question.Text) ? YesNo.Say(YesNo.LeanOf(question, chosen.Select(c => (c.Unit.Own, c.Score)).ToList())) : "";
        if (preface.Length > 0)
        {
            answerText = preface + " " + answerText;
        }

        return new Answer(question.Text, AnswerStatus.Answered, answerText, sentencesOut, citations) { Preface = preface };
    }

    private const double NoveltyWeight = 0.2;
    private const int NoveltyWords = 4;
    private const double LeadInFactor = 0.7;

    // A block of code holds many identifiers and would outscore the sentence that explains it.
    private const double CodeDiscount = 0.8;

    // Words of the question only the unit's context holds (the sentence a pronoun points back to, a list's lead-in) count this much.
    private const double ContextWeight = 0.75;

    private static double SentenceScore(string sentence, string context, AnalyzedQuestion question, Dictionary<string, double> weights, double total, AskedFor? asked = null)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var present = tokens.Select(t => t.Stem).Where(weights.ContainsKey).ToHashSet(StringComparer.Ordinal);
        var coverage = present.Sum(s => weights[s]) / total;
        if (context.Length > 0)
        {
            coverage += ContextWeight * Tokenizer.Tokenize(context).Select(t => t.Stem).Where(s => weights.ContainsKey(s) && !present.Contains(s)).Distinct(StringComparer.Ordinal).Sum(s => weights[s]) / total;
        }

        var hint = question.Kind != QuestionKind.General && AnswerHints.Matches(question.Kind, sentence) ? 0.15 : 0;
        hint += asked?.HeldBy(sentence) == true ? 0.15 : 0;

        // A sentence that only repeats the question's words tells nothing new; the answer is in words the question lacks.
        var novel = tokens.Where(t => !StopWords.Contains(t.Term) && !weights.ContainsKey(t.Stem)).Select(t => t.Stem).Distinct(StringComparer.Ordinal).Count();
        var news = NoveltyWeight * Math.Min(novel, NoveltyWords) / NoveltyWords;

        // A line introducing what follows ("To enable it:") answers nothing by itself.
        var leadIn = sentence.TrimEnd().EndsWith(':') ? LeadInFactor : 1;
        return (coverage + hint + news) * leadIn;
    }

    // Two units of one passage that quote the same sentence ("He appointed …" alone and after its antecedent).
    private static bool Overlaps((int Citation, AnswerUnit Unit, double Score) a, (int Citation, AnswerUnit Unit, double Score) b) =>
        a.Citation == b.Citation && (a.Unit.Shown.Contains(b.Unit.Own, StringComparison.Ordinal) || b.Unit.Shown.Contains(a.Unit.Own, StringComparison.Ordinal));

    // Two sentences that say the same thing (a lede repeated in another article) are not both worth showing.
    private static bool SameContent(string a, string b)
    {
        var ta = Tokenizer.Terms(a).ToHashSet(StringComparer.Ordinal);
        var tb = Tokenizer.Terms(b).ToHashSet(StringComparer.Ordinal);
        var overlap = ta.Intersect(tb).Count();
        return overlap >= 0.8 * Math.Max(ta.Count, tb.Count);
    }

    // The best sentence and as many neighbours as fit, cut at a word boundary with "…" if still too long.
    private static string Excerpt(IReadOnlyList<string> sentences, int best)
    {
        if (sentences.Count == 0)
        {
            return "";
        }

        int from = best, to = best;
        var length = sentences[best].Length;
        while (true)
        {
            var grew = false;
            if (to + 1 < sentences.Count && length + 1 + sentences[to + 1].Length <= ExcerptLength)
            {
                length += 1 + sentences[++to].Length;
                grew = true;
            }

            if (from > 0 && length + 1 + sentences[from - 1].Length <= ExcerptLength)
            {
                length += 1 + sentences[--from].Length;
                grew = true;
            }

            if (!grew)
            {
                break;
            }
        }

        var text = string.Join(' ', sentences.Skip(from).Take(to - from + 1));
        if (text.Length > ExcerptLength)
        {
            text = TextCut.AtWord(text, ExcerptLength);
        }

        return (from > 0 ? "… " : "") + text + (to < sentences.Count - 1 && !text.EndsWith('…') ? " …" : "");
    }
}
