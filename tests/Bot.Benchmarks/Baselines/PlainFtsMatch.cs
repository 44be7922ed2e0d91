using Bot.Knowledge.Answers;
using Bot.Knowledge.Search;
using Bot.Knowledge.Text;
using Microsoft.Data.Sqlite;

namespace Bot.Benchmarks.Baselines;

/// <summary>
/// The ask baseline: one FTS5 query over our own index file, the question's content words (folded,
/// stop words dropped) OR-ed together, top 10 by the index's bm25 rank, row ids only. It is the
/// floor any answer pays: no typo check, no statistics, no rows fetched, no rerank, no composing.
/// </summary>
internal sealed class PlainFtsMatch : IDisposable
{
    private const string Sql = "SELECT rowid FROM passages_fts WHERE passages_fts MATCH $q ORDER BY rank LIMIT 10";

    private readonly SqliteConnection _connection;

    public PlainFtsMatch(string indexPath)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = indexPath,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        _connection.Open();
    }

    /// <summary>
    /// The MATCH expression for a question, or null when it has no content word (ask answers those
    /// without searching). Words in the form the index holds them: their stems (<see cref="Tokenizer.StemOf"/>).
    /// </summary>
    public static string? QueryFor(string question)
    {
        var terms = QuestionAnalyzer.Analyze(QuestionText.Clean(question)).Terms.Select(t => t.Stem).ToList();
        return terms.Count == 0 ? null : FtsQuery.Build(terms);
    }

    public int Run(string match)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$q", match);
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            rows += reader.GetInt64(0) > 0 ? 1 : 0;
        }

        return rows;
    }

    public void Dispose() => _connection.Dispose();
}
