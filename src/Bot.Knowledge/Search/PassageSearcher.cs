using System.Globalization;
using Bot.Knowledge.Documents;
using Microsoft.Data.Sqlite;

namespace Bot.Knowledge.Search;

/// <summary>First stage: FTS5 bm25 over title and body, the best <c>limit</c> passages.</summary>
internal static class PassageSearcher
{
    // The MATCH sits in a CTE with its LIMIT so SQLite ranks inside FTS5 before joining
    // (https://sqlite.org/fts5.html#sorting_by_auxiliary_function_results).
    private const string Sql = """
        WITH hits AS (SELECT rowid, rank FROM passages_fts WHERE passages_fts MATCH $q ORDER BY rank LIMIT $k)
        SELECT p.id, hits.rank, p.text, p.stems, p.title_stems, p.paragraph,
               d.path, d.title, d.source, d.published, d.author, d.url, p.section, p.page, p.kind
        FROM hits JOIN passages p ON p.id = hits.rowid JOIN documents d ON d.id = p.document_id
        ORDER BY hits.rank
        """;

    public static List<Candidate> Search(SqliteConnection connection, string match, int limit)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$q", match);
        command.Parameters.AddWithValue("$k", limit);
        var result = new List<Candidate>(limit);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var metadata = new DocumentMetadata(
                reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                reader.IsDBNull(9) ? null : DateOnly.ParseExact(reader.GetString(9), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                reader.IsDBNull(10) ? null : reader.GetString(10),
                reader.IsDBNull(11) ? null : reader.GetString(11));
            result.Add(new Candidate(
                reader.GetInt64(0),
                -reader.GetDouble(1),
                reader.GetString(2),
                reader.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                reader.GetString(4).Split(' ', StringSplitOptions.RemoveEmptyEntries),
                reader.GetString(6),
                reader.GetInt32(5),
                metadata,
                reader.IsDBNull(12) ? null : reader.GetString(12),
                reader.IsDBNull(13) ? null : reader.GetInt32(13),
                (Passages.PassageKind)reader.GetInt32(14)));
        }

        return result;
    }
}
