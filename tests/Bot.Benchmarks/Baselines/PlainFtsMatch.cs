using System.Text;
using Bot.Knowledge.Answers;
using Bot.Knowledge.Questions;
using Microsoft.Data.Sqlite;

namespace Bot.Benchmarks.Baselines;

// The FTS5 reference (what the bot used before Lucene.Net): one query over a plain FTS5 table of the
// passage texts (PlainFtsBuild), the question's content words (folded, stop words
// dropped) quoted and OR-ed together, top 10 by bm25 rank, row ids only. No typo check, no
// statistics, no rows fetched, no rerank, no composing.
internal sealed class PlainFtsMatch : IDisposable
{
    private const string Sql = "SELECT rowid FROM t WHERE t MATCH $q ORDER BY rank LIMIT 10";

    private readonly SqliteConnection _connection;

    public PlainFtsMatch(string path)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        _connection.Open();
    }

    // The MATCH expression for a question, or null when it has no content word (ask answers those without searching).
    public static string? QueryFor(string question)
    {
        var terms = QuestionAnalyzer.Analyze(QuestionText.Clean(question)).Terms.Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        if (terms.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        foreach (var term in terms)
        {
            sb.Append(sb.Length > 0 ? " OR " : "").Append('"').Append(term.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }

        return sb.ToString();
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
