using Bot.Knowledge.Answers;
using Bot.Knowledge.Index;
using Bot.Knowledge.Questions;
using Bot.Knowledge.Ranking;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Knowledge;

// Answers questions and lists documents from the serving index. Safe to call from many threads.
public sealed class KnowledgeBase(KnowledgeIndex index, KnowledgeOptions options, ILogger<KnowledgeBase>? logger = null)
{
    private const int MinCandidates = 50;
    private readonly ILogger _logger = logger ?? NullLogger<KnowledgeBase>.Instance;
    private const string UnavailableMessage = "The index is not available right now; an admin can rebuild it with the reindex command.";
    private const string DamagedMessage = "The index is damaged and is being rebuilt; please ask again in a minute.";

    public KnowledgeIndex Index => index;

    public int DefaultCitations => options.Citations;

    public int MaxQuestionLength => options.MaxQuestionLength;

    // Answers any string: never throws for bad input, returns a status and a message instead.
    public Task<Answer> AskAsync(string? question, int? citations = null, CancellationToken cancellationToken = default) =>
        AskAsync(question, QuestionContext.None, citations, cancellationToken);

    // A question asked in a conversation: context holds the earlier turns (empty for a first question).
    public async Task<Answer> AskAsync(string? question, QuestionContext context, int? citations = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = QuestionText.Clean(question);
        if (text.Length == 0)
        {
            return Message(text, AnswerStatus.NotAQuestion, QuestionText.EmptyMessage);
        }

        if (text.Length > options.MaxQuestionLength)
        {
            return Message(QuestionText.Shorten(text), AnswerStatus.TooLong, QuestionText.TooLongMessage(question!.Length, options.MaxQuestionLength));
        }

        var analyzed = QuestionAnalyzer.Analyze(text);
        var reading = FollowUp.Read(analyzed, context); // Alone: the single-question path, unchanged
        if (analyzed.Terms.Count == 0 && reading == FollowUpReading.Alone)
        {
            return Message(text, AnswerStatus.NotAQuestion, QuestionText.NoWordsMessage);
        }

        var top = Math.Clamp(citations ?? options.Citations, 1, KnowledgeOptions.MaxCitations);
        var snapshot = index.Acquire();
        if (snapshot is null && !index.IsDamaged)
        {
            // No index yet (first start, or deleted): build it now, as the start-up check would.
            _logger.LogWarning("No index at {Path}; building it", index.IndexPath);
            await index.EnsureCurrentAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            snapshot = index.Acquire();
        }

        if (snapshot is null)
        {
            return Message(text, AnswerStatus.IndexUnavailable, index.IsDamaged ? DamagedMessage : UnavailableMessage);
        }

        try
        {
            return reading == FollowUpReading.Alone
                ? Search(snapshot, analyzed, top)
                : FollowUp.Answer(analyzed, context, reading, (q, cited) => Search(snapshot, q, top, cited));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Lucene reading damaged bytes can fail in any way (IOException, IndexOutOfRangeException, …):
            // whatever it is, the question gets one line and the index is rebuilt.
            index.ReportDamage(snapshot.Generation, e);
            return Message(text, AnswerStatus.IndexUnavailable, DamagedMessage);
        }
        finally
        {
            snapshot.Release();
        }
    }

    // The indexed documents. Throws IndexUnavailableException (one clear line) when there is no readable index.
    public IReadOnlyList<DocumentSummary> ListDocuments()
    {
        var snapshot = index.Acquire() ?? throw new IndexUnavailableException(index.IsDamaged ? DamagedMessage : UnavailableMessage);
        try
        {
            return snapshot.Documents();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            index.ReportDamage(snapshot.Generation, e);
            throw new IndexUnavailableException(DamagedMessage);
        }
        finally
        {
            snapshot.Release();
        }
    }

    // The ranking in use; the evaluation harness swaps it to measure alternatives.
    internal RankingParameters Ranking { get; set; } = RankingParameters.Default;

    private Answer Search(IndexSnapshot index, AnalyzedQuestion question, int top, IReadOnlyList<Citation>? cited = null)
    {
        var stats = index.Stats;
        var terms = new List<QueryTerm>(question.Terms.Count);
        foreach (var term in question.Terms)
        {
            var t = term;
            if (!index.HasWord(term.Term))
            {
                if (Vocabulary.IsStopWordTypo(term.Term, firstWord: term.Position == 0))
                {
                    continue;
                }

                // The other standard's spelling the corpus uses ("color" for "colour") before any typo guess.
                if (Analysis.SpellingVariants.Of(term.Term).FirstOrDefault(index.HasWord) is { } variant)
                {
                    t = term with { Corrected = variant, Stem = Text.Tokenizer.StemOf(variant) };
                }
                else if (Vocabulary.Correct(index, term.Term) is { } corrected)
                {
                    t = term with { Corrected = corrected, Stem = Text.Tokenizer.StemOf(corrected) };
                }
            }

            terms.Add(t);
        }

        if (terms.Count == 0)
        {
            return Message(question.Text, AnswerStatus.NotAQuestion, QuestionText.NoWordsMessage);
        }

        var metadataWords = MetadataWords(index);
        terms = terms.Select(t =>
        {
            // A publisher's or author's name ("TASS", "City Gazette") is known to the corpus even when no passage says it.
            var df = index.DocumentFrequency(t.Stem) is var found and > 0 ? found : metadataWords.Contains(t.Stem) ? 1 : 0;
            return t with { DocumentFrequency = df, Weight = Vocabulary.Idf(df, stats.Passages) * (t.IsName ? Ranking.NameBoost : 1) * t.Emphasis };
        }).ToList();
        var analyzed = question with { Terms = terms };
        // A follow-up's conversation words already widen it, as feedback would (Questions/FollowUp).
        var p = cited is null ? Ranking : Ranking with { FeedbackPassages = 0 };
        var limit = Math.Max(p.Candidates, top);

        var searchWords = terms.Where(t => t.DocumentFrequency > 0).Select(t => t.Stem).ToList();
        var weighted = terms.Where(t => t.DocumentFrequency > 0).Select(t => new WeightedTerm(t.Stem, 1, t.Weight)).ToList();

        // Material that mixes "defence" and "defense" answers a question in either spelling: the other one is
        // searched too, weighted lower than the word the person wrote.
        foreach (var t in terms)
        {
            foreach (var variant in Analysis.SpellingVariants.Of(t.Corrected ?? t.Term))
            {
                var stem = Text.Tokenizer.StemOf(variant);
                if (stem != t.Stem && !searchWords.Contains(stem) && index.HasWord(variant))
                {
                    searchWords.Add(stem);
                    weighted.Add(new WeightedTerm(stem, p.VariantWeight, Vocabulary.Idf(index.DocumentFrequency(stem), stats.Passages), t.Stem));
                }
            }
        }

        var candidates = searchWords.Count == 0 ? [] : index.Search(searchWords, limit);
        Reranker.Score(analyzed, weighted, candidates, stats, p);

        if (p.FeedbackPassages > 0 && terms.Count >= p.FeedbackMinTerms && candidates.Count > 0)
        {
            var expansion = Feedback.Expand(analyzed, candidates.Take(p.FeedbackPassages).ToList(), p.FeedbackTerms);
            var scale = (double)weighted.Count * p.FeedbackWeight / (1 - p.FeedbackWeight);
            weighted.AddRange(expansion.Select(e => new WeightedTerm(e.Stem, scale * e.Weight, Vocabulary.Idf(index.DocumentFrequency(e.Stem), stats.Passages))));
            if (p.FeedbackRetrieval)
            {
                var more = index.Search(searchWords.Concat(expansion.Select(e => e.Stem)), limit);
                var known = candidates.Select(c => c.Id).ToHashSet();
                candidates.AddRange(more.Where(c => known.Add(c.Id)));
            }

            Reranker.Score(analyzed, weighted, candidates, stats, p);
        }

        if (cited is not null)
        {
            FollowUp.PreferCited(analyzed, candidates, cited);
        }

        // Below the configured threshold the answer is withheld like an uncovered one (the citations stay, "possibly related").
        var confidence = Answerability.Confidence(analyzed, candidates);
        var answered = confidence > 0 && confidence >= options.MinConfidence;
        var answer = AnswerComposer.Compose(analyzed, candidates, top, answered) with { Confidence = confidence };
        return answer.Answered && MetadataQuestion.Of(question.Text) is var field and not MetadataField.None
            && MetadataAnswer.For(field, candidates[0]) is { } line
            ? answer with { Text = line + " [1]", Sentences = [new AnswerSentence(line, 1)], Preface = "" }
            : answer;
    }

    // One reference, swapped whole: questions on other threads see either the old or the new set, never a mix.
    private volatile Tuple<string, HashSet<string>>? _metadataWords;

    // The stems of every document's title, publisher and author, once per index generation.
    private HashSet<string> MetadataWords(IndexSnapshot snapshot)
    {
        if (_metadataWords is { } cached && cached.Item1 == snapshot.Generation)
        {
            return cached.Item2;
        }

        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in snapshot.Documents())
        {
            foreach (var token in Text.Tokenizer.Tokenize(string.Join(" \n ", d.Title, d.Source, d.Author)))
            {
                stems.Add(token.Stem);
            }
        }

        _metadataWords = Tuple.Create(snapshot.Generation, stems);
        return stems;
    }

    private static Answer Message(string question, AnswerStatus status, string text) => new(question, status, text, [], []);
}
