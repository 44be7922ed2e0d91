using Bot.Knowledge.Passages;
using Bot.Knowledge.Questions;
using Bot.Knowledge.Ranking;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Answers;

// Picks the answer sentences from the cited passages (the sentences that hold most of the
// question's weight, preferring ones with the kind of thing asked for) and cuts each citation's
// excerpt around its best sentence.
internal static class AnswerComposer
{
    public const int ExcerptLength = 320;
    private const int MaxSentences = 3;
    private const int MaxAnswerLength = 700;

    private const double RelatedMinCoverage = 0.2;

    public const string NotCoveredText = "The material doesn't cover this, as far as I can tell.";

    public static Answer Compose(AnalyzedQuestion question, IReadOnlyList<Candidate> ranked, int top, bool answered)
    {
        var weights = question.Terms.GroupBy(t => t.Stem).ToDictionary(g => g.Key, g => g.First().Weight, StringComparer.Ordinal);
        var stems = weights.Keys.ToHashSet(StringComparer.Ordinal);
        var total = Math.Max(weights.Values.Sum(), 1e-9);
        var cited = ranked.Take(top).ToList();

        var scored = new List<(int Citation, int Index, string Text, double Score)>();
        var citations = new List<Citation>(cited.Count);
        for (var i = 0; i < cited.Count; i++)
        {
            var candidate = cited[i];
            var sentences = SentenceSplitter.Split(candidate.Text);
            var best = (Index: 0, Score: double.MinValue);
            for (var s = 0; s < sentences.Count; s++)
            {
                var score = SentenceScore(sentences[s], question, weights, total) + 0.06 * (cited.Count - i) / cited.Count;
                if (candidate.Kind != PassageKind.Code)
                {
                    scored.Add((i + 1, s, sentences[s], score));
                }
                if (score > best.Score)
                {
                    best = (s, score);
                }
            }

            if (candidate.Kind == PassageKind.Code)
            {
                // A code line is not a sentence: the block is offered whole (after the line introducing it, if any).
                var (unit, scoredText) = CodeUnit(candidate.Text);
                scored.Add((i + 1, 0, unit, CodeDiscount * SentenceScore(scoredText, question, weights, total) + 0.06 * (cited.Count - i) / cited.Count));
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

        var chosen = new List<(int Citation, int Index, string Text, double Score)>();
        var top1 = scored.Max(s => s.Score);
        foreach (var s in scored.OrderByDescending(s => s.Score))
        {
            if (chosen.Count == MaxSentences || s.Score < top1 * 0.8 || chosen.Sum(c => c.Text.Length) + s.Text.Length > MaxAnswerLength && chosen.Count > 0)
            {
                break;
            }

            // A further sentence for "how much"/"when"/"who" must hold an amount/date/name too, or it is padding.
            if (chosen.Any(c => SameContent(c.Text, s.Text))
                || (chosen.Count > 0 && question.Kind != QuestionKind.General && !AnswerHints.Matches(question.Kind, s.Text)))
            {
                continue;
            }

            chosen.Add(s);
        }

        var sentencesOut = chosen.Select(c => new AnswerSentence(c.Text, c.Citation)).ToList();
        var answerText = string.Join(' ', sentencesOut.Select(s => $"{s.Text} [{s.Citation}]"));
        return new Answer(question.Text, AnswerStatus.Answered, answerText, sentencesOut, citations);
    }

    private const int MaxCodeLines = 8;
    private const double NoveltyWeight = 0.2;
    private const int NoveltyWords = 4;
    private const double LeadInFactor = 0.7;

    // A block of code holds many identifiers and would outscore the sentence that explains it.
    private const double CodeDiscount = 0.8;

    // A code passage as one answer unit: its introducing line (a line of prose ending with a colon)
    // and the code below it, at most MaxCodeLines lines, as lines of their own.
    private static (string Unit, string ScoredText) CodeUnit(string text)
    {
        var lines = text.Split('\n');
        var hasLead = lines.Length > 1 && lines[0].EndsWith(':') && lines[0].Length > 0 && char.IsUpper(lines[0][0]) && lines[0].Count(c => c == ' ') >= 3;
        var code = lines.Skip(hasLead ? 1 : 0).ToList();
        var shown = string.Join('\n', code.Take(MaxCodeLines)) + (code.Count > MaxCodeLines ? "\n…" : "");
        return hasLead ? (lines[0] + "\n" + shown, text) : (shown, text);
    }

    private static double SentenceScore(string sentence, AnalyzedQuestion question, Dictionary<string, double> weights, double total)
    {
        var tokens = Tokenizer.Tokenize(sentence);
        var present = tokens.Select(t => t.Stem).Where(weights.ContainsKey).Distinct(StringComparer.Ordinal);
        var coverage = present.Sum(s => weights[s]) / total;
        var hint = question.Kind != QuestionKind.General && AnswerHints.Matches(question.Kind, sentence) ? 0.15 : 0;

        // A sentence that only repeats the question's words tells nothing new; the answer is in words the question lacks.
        var novel = tokens.Where(t => !StopWords.Contains(t.Term) && !weights.ContainsKey(t.Stem)).Select(t => t.Stem).Distinct(StringComparer.Ordinal).Count();
        var news = NoveltyWeight * Math.Min(novel, NoveltyWords) / NoveltyWords;

        // A line introducing what follows ("To enable it:") answers nothing by itself.
        var leadIn = sentence.TrimEnd().EndsWith(':') ? LeadInFactor : 1;
        return (coverage + hint + news) * leadIn;
    }

    // Two sentences that say the same thing (a lede repeated in another article) are not both worth showing.
    private static bool SameContent(string a, string b)
    {
        var ta = Tokenizer.Terms(a).ToHashSet(StringComparer.Ordinal);
        var tb = Tokenizer.Terms(b).ToHashSet(StringComparer.Ordinal);
        var overlap = ta.Intersect(tb).Count();
        return overlap >= 0.8 * Math.Min(ta.Count, tb.Count);
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
