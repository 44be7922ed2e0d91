using Bot.Knowledge.Answers;
using Bot.Knowledge.Indexing;
using Bot.Knowledge.Search;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Knowledge;

/// <summary>Answers questions and lists documents from the serving index. Safe to call from many threads.</summary>
public sealed class KnowledgeBase(KnowledgeIndex index, KnowledgeOptions options, ILogger<KnowledgeBase>? logger = null)
{
    private const int MinCandidates = 50;
    private readonly ILogger _logger = logger ?? NullLogger<KnowledgeBase>.Instance;
    private readonly Vocabulary _vocabulary = new();

    public KnowledgeIndex Index => index;

    public int DefaultCitations => options.Citations;

    public int MaxQuestionLength => options.MaxQuestionLength;

    /// <summary>Answers any string: never throws for bad input, returns a status and a message instead.</summary>
    public async Task<Answer> AskAsync(string? question, int? citations = null, CancellationToken cancellationToken = default)
    {
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
        if (analyzed.Terms.Count == 0)
        {
            return Message(text, AnswerStatus.NotAQuestion, QuestionText.NoWordsMessage);
        }

        var top = Math.Clamp(citations ?? options.Citations, 1, 100);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return Search(analyzed, top);
            }
            catch (Exception e) when (attempt == 0 && e is SqliteException or FileNotFoundException)
            {
                // Missing or damaged index: rebuild once (readers elsewhere keep the old file if any).
                _logger.LogWarning("Index unavailable while answering ({Error}); rebuilding", e.Message);
                await index.EnsureCurrentAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is SqliteException or FileNotFoundException)
            {
                _logger.LogError("Index unavailable: {Error}", e.Message);
                return Message(text, AnswerStatus.IndexUnavailable, "The index is not available right now; an admin can rebuild it with the reindex command.");
            }
        }
    }

    public IReadOnlyList<DocumentSummary> ListDocuments()
    {
        using var lease = index.Readers.Rent();
        try
        {
            using var command = lease.Connection.CreateCommand();
            command.CommandText = "SELECT path, title, source, published, author, url, passages FROM documents ORDER BY path";
            using var reader = command.ExecuteReader();
            var result = new List<DocumentSummary>();
            while (reader.Read())
            {
                result.Add(new DocumentSummary(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : DateOnly.Parse(reader.GetString(3), System.Globalization.CultureInfo.InvariantCulture),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5),
                    reader.GetInt32(6)));
            }

            return result;
        }
        catch (SqliteException)
        {
            lease.Broken = true;
            throw;
        }
    }

    /// <summary>The ranking in use; the evaluation harness swaps it to measure alternatives.</summary>
    internal RankingParameters Ranking { get; set; } = RankingParameters.Default;

    private Answer Search(AnalyzedQuestion question, int top)
    {
        using var lease = index.Readers.Rent();
        try
        {
            var connection = lease.Connection;
            var stats = Stats(connection);
            var terms = new List<QueryTerm>(question.Terms.Count);
            foreach (var term in question.Terms)
            {
                var t = term;
                if (!Vocabulary.HasWord(connection, term.Term))
                {
                    if (Vocabulary.IsStopWordTypo(term.Term, firstWord: term.Position == 0))
                    {
                        continue;
                    }

                    if (_vocabulary.Correct(connection, lease.Generation, term.Term) is { } corrected)
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

            var df = Vocabulary.DocumentFrequencies(connection, terms.Select(t => t.Stem));
            terms = terms.Select(t => t with
            {
                DocumentFrequency = df[t.Stem],
                Weight = Vocabulary.Idf(df[t.Stem], stats.Passages) * (t.IsName ? Ranking.NameBoost : 1),
            }).ToList();
            var analyzed = question with { Terms = terms };
            var p = Ranking;
            var limit = Math.Max(p.Candidates, top);

            var searchWords = terms.Where(t => t.DocumentFrequency > 0).Select(t => t.Stem).ToList();
            var weighted = terms.Where(t => t.DocumentFrequency > 0).Select(t => new WeightedTerm(t.Stem, 1, t.Weight)).ToList();
            var candidates = searchWords.Count == 0 ? [] : PassageSearcher.Search(connection, FtsQuery.Build(searchWords), limit);
            Reranker.Score(analyzed, weighted, candidates, stats, p);

            if (p.FeedbackPassages > 0 && terms.Count >= p.FeedbackMinTerms && candidates.Count > 0)
            {
                var expansion = Feedback.Expand(analyzed, candidates.Take(p.FeedbackPassages).ToList(), p.FeedbackTerms);
                var expansionDf = Vocabulary.DocumentFrequencies(connection, expansion.Select(e => e.Stem));
                var scale = (double)weighted.Count * p.FeedbackWeight / (1 - p.FeedbackWeight);
                weighted.AddRange(expansion.Select(e => new WeightedTerm(e.Stem, scale * e.Weight, Vocabulary.Idf(expansionDf[e.Stem], stats.Passages))));
                if (p.FeedbackRetrieval)
                {
                    var more = PassageSearcher.Search(connection, FtsQuery.Build(searchWords.Concat(expansion.Select(e => e.Stem))), limit);
                    var known = candidates.Select(c => c.Id).ToHashSet();
                    candidates.AddRange(more.Where(c => known.Add(c.Id)));
                }

                Reranker.Score(analyzed, weighted, candidates, stats, p);
            }

            return AnswerComposer.Compose(analyzed, candidates, top, Answerability.IsCovered(analyzed, candidates));
        }
        catch (SqliteException)
        {
            lease.Broken = true;
            throw;
        }
    }

    private static CorpusStats Stats(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, value FROM meta WHERE key IN ('passages', 'avg_length', 'avg_title_length')";
        using var reader = command.ExecuteReader();
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        while (reader.Read())
        {
            values[reader.GetString(0)] = double.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture);
        }

        return new CorpusStats((int)values["passages"], values["avg_length"], values["avg_title_length"]);
    }

    private static Answer Message(string question, AnswerStatus status, string text) => new(question, status, text, [], []);
}
