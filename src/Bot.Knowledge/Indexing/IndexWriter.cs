using System.Globalization;
using Bot.Knowledge.Documents;
using Microsoft.Data.Sqlite;

namespace Bot.Knowledge.Indexing;

/// <summary>Writes a complete index into a new file. It never touches the index that is serving.</summary>
internal static class IndexWriter
{
    public static (int Documents, int Passages) Write(
        string path,
        IDocumentSource source,
        string fingerprint,
        Action<SkippedFile> skipped,
        IProgress<RebuildProgress>? progress,
        CancellationToken cancellationToken)
    {
        var total = source.List().Count;
        using var connection = IndexFile.OpenWrite(path);
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;"); // a scratch file: durability comes from the atomic move
        Execute(connection, IndexSchema.Create);

        using var transaction = connection.BeginTransaction();
        var insertDocument = Prepare(connection, transaction, "INSERT INTO documents(id, path, title, source, published, author, url, passages) VALUES ($id, $path, $title, $source, $published, $author, $url, $passages)");
        var insertPassage = Prepare(connection, transaction, "INSERT INTO passages(id, document_id, ordinal, paragraph, text, stems, title_stems, section, page, kind) VALUES ($id, $doc, $ordinal, $paragraph, $text, $stems, $title_stems, $section, $page, $kind)");
        var insertFts = Prepare(connection, transaction, "INSERT INTO passages_fts(rowid, title, body) VALUES ($id, $title, $body)");

        var statistics = new TermStatistics();
        int documents = 0, passages = 0;
        foreach (var document in PreparationPipeline.Run(source, statistics, skipped, cancellationToken))
        {
            documents++;
            var m = document.Metadata;
            Run(insertDocument, ("$id", documents), ("$path", document.RelativePath), ("$title", m.Title), ("$source", m.Source),
                ("$published", m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("$author", m.Author), ("$url", m.Url), ("$passages", document.Passages.Count));
            foreach (var passage in document.Passages)
            {
                passages++;
                Run(insertPassage, ("$id", passages), ("$doc", documents), ("$ordinal", passage.Ordinal), ("$paragraph", passage.Paragraph),
                    ("$text", passage.Text), ("$stems", passage.Stems), ("$title_stems", document.TitleStems),
                    ("$section", passage.Section), ("$page", passage.Page), ("$kind", (int)passage.Kind));
                Run(insertFts, ("$id", passages), ("$title", document.TitleStems), ("$body", passage.Stems));
            }

            progress?.Report(new RebuildProgress(documents, total, passages, document.RelativePath));
        }

        if (documents == 0)
        {
            throw new CorpusException($"No document in '{source.Description}' could be read; the index was not replaced.");
        }

        WriteCounts(connection, transaction, "INSERT INTO stems(stem, df) VALUES ($k, $v)", statistics.StemFrequencies);
        WriteCounts(connection, transaction, "INSERT INTO words(word, df) VALUES ($k, $v)", statistics.WordFrequencies);
        var meta = Prepare(connection, transaction, "INSERT INTO meta(key, value) VALUES ($k, $v)");
        foreach (var (key, value) in new Dictionary<string, string>
        {
            ["schema_version"] = IndexSchema.Version.ToString(CultureInfo.InvariantCulture),
            ["corpus_fingerprint"] = fingerprint,
            ["built_at"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["documents"] = documents.ToString(CultureInfo.InvariantCulture),
            ["passages"] = passages.ToString(CultureInfo.InvariantCulture),
            ["avg_length"] = ((double)statistics.BodyTerms / passages).ToString("R", CultureInfo.InvariantCulture),
            ["avg_title_length"] = ((double)statistics.TitleTerms / passages).ToString("R", CultureInfo.InvariantCulture),
            ["corpus"] = source.Description,
        })
        {
            Run(meta, ("$k", key), ("$v", value));
        }

        Execute(connection, string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO passages_fts(passages_fts, rank) VALUES('rank', 'bm25({IndexSchema.TitleWeight}, {IndexSchema.BodyWeight})');"), transaction);
        Execute(connection, "INSERT INTO passages_fts(passages_fts) VALUES('optimize');", transaction);
        transaction.Commit();
        foreach (var command in new[] { insertDocument, insertPassage, insertFts, meta })
        {
            command.Dispose();
        }

        return (documents, passages);
    }

    private static void WriteCounts(SqliteConnection connection, SqliteTransaction transaction, string sql, IEnumerable<KeyValuePair<string, int>> counts)
    {
        using var command = Prepare(connection, transaction, sql);
        foreach (var (key, value) in counts)
        {
            Run(command, ("$k", key), ("$v", value));
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Run(SqliteCommand command, params (string Name, object? Value)[] values)
    {
        if (command.Parameters.Count == 0)
        {
            foreach (var (name, _) in values)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i].Value ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
