using Microsoft.Data.Sqlite;

namespace Bot.Benchmarks.Baselines;

// The build baseline: one plain FTS5 table, the passage texts inserted in one transaction. It uses
// the same scratch-file pragmas as our writer (no journal, no fsync, 64 MB cache) so the ratio
// compares the indexing work, not durability settings.
internal static class PlainFtsBuild
{
    public static int Write(string path, IReadOnlyList<string> passages)
    {
        File.Delete(path);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;");
        Execute(connection, "CREATE VIRTUAL TABLE t USING fts5(body, tokenize='porter unicode61');");
        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO t(body) VALUES ($body)";
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        insert.Prepare();
        foreach (var passage in passages)
        {
            body.Value = passage;
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
        return passages.Count;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
