namespace Bot.Knowledge.Indexing;

/// <summary>
/// The index file's tables. Passages keep their original text for display and their stems for the
/// reranker; the FTS5 table is contentless (its text lives in <c>passages</c>) and indexes those same
/// stems, so its tokenizer only splits at spaces (no porter pass: the stemming is done once, in C#,
/// and questions are searched by the same stems).
/// https://sqlite.org/fts5.html#contentless_tables
/// </summary>
internal static class IndexSchema
{
    /// <summary>Bump when the tables or what goes into them change; an older index is rebuilt.</summary>
    public const int Version = 6;

    public const string Create = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE documents(
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL,
            source TEXT,
            published TEXT,
            author TEXT,
            url TEXT,
            passages INTEGER NOT NULL);
        CREATE TABLE passages(
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            ordinal INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            text TEXT NOT NULL,
            stems TEXT NOT NULL,
            title_stems TEXT NOT NULL,
            section TEXT,
            page INTEGER,
            kind INTEGER NOT NULL);
        CREATE VIRTUAL TABLE passages_fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 0');
        CREATE TABLE stems(stem TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE words(word TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
        """;

    /// <summary>Separates sentences in <c>passages.stems</c>; never a stem itself (the tokenizer keeps only letters and digits).</summary>
    public const string SentenceBreak = "|";

    /// <summary>Title matches count more than body matches (bm25 column weights).</summary>
    public const double TitleWeight = 2.0;

    public const double BodyWeight = 1.0;
}
