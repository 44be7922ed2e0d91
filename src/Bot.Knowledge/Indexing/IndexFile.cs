using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Bot.Knowledge.Indexing;

/// <summary>Opening an index file and reading what it records about itself.</summary>
internal static class IndexFile
{
    public static SqliteConnection OpenRead(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            // Each connection must see the file that was in place when it opened; a pooled one
            // could outlive an atomic replacement and keep answering from the old inode.
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    public static SqliteConnection OpenWrite(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>Reads the meta table; throws <see cref="SqliteException"/> or <see cref="FormatException"/> on a damaged file.</summary>
    public static IndexInfo ReadInfo(SqliteConnection connection)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT key, value FROM meta";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                values[reader.GetString(0)] = reader.GetString(1);
            }
        }

        string Get(string key) => values.TryGetValue(key, out var v) ? v : throw new FormatException($"the index has no '{key}' entry");
        return new IndexInfo(
            int.Parse(Get("schema_version"), CultureInfo.InvariantCulture),
            Get("corpus_fingerprint"),
            DateTimeOffset.Parse(Get("built_at"), CultureInfo.InvariantCulture),
            int.Parse(Get("documents"), CultureInfo.InvariantCulture),
            int.Parse(Get("passages"), CultureInfo.InvariantCulture),
            Get("corpus"));
    }

    public static IndexInfo ReadInfo(string path)
    {
        using var connection = OpenRead(path);
        return ReadInfo(connection);
    }
}
