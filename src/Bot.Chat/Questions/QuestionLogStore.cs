using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Bot.Chat.Questions;

// The question log's SQLite file (https://learn.microsoft.com/dotnet/standard/data/sqlite/). Each
// call opens its own connection: the writer, the report and "bot log forget" may run in different
// processes, and SQLite's file locking keeps them apart. The schema is migrated in code, in order,
// from the version recorded in schema_version.
public sealed class QuestionLogStore
{
    // Ordered: step n brings the file from version n to n + 1. Never edit a released step; add one.
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        -- The per-install salt of the user-key hash: a hash without it could be reversed by hashing every id.
        INSERT INTO settings (key, value) VALUES ('user_salt', hex(randomblob(32)));
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            time INTEGER NOT NULL,            -- Unix milliseconds, UTC
            platform TEXT NOT NULL,
            channel TEXT NULL,
            user_key TEXT NOT NULL,
            question TEXT NOT NULL,
            outcome TEXT NOT NULL,            -- answered / not_covered / refused / failed
            confidence REAL NULL,
            documents TEXT NOT NULL,          -- cited documents, one per line
            passages TEXT NOT NULL,           -- cited passages ("doc.md ¶4"), one per line
            follow_up_of INTEGER NULL REFERENCES questions(id) ON DELETE SET NULL,
            feedback INTEGER NULL             -- +1 / -1 once feedback buttons exist
        );
        CREATE INDEX questions_time ON questions (time);
        CREATE INDEX questions_user ON questions (user_key);
        """,
        """
        -- The key an answer's feedback buttons carry, and one vote per person per answer (a second click replaces it).
        ALTER TABLE questions ADD COLUMN answer_key TEXT NULL;
        CREATE UNIQUE INDEX questions_answer ON questions (answer_key) WHERE answer_key IS NOT NULL;
        CREATE TABLE votes (
            answer_key TEXT NOT NULL,
            user_key TEXT NOT NULL,
            vote INTEGER NOT NULL,            -- +1 / -1
            time INTEGER NOT NULL,            -- Unix milliseconds, UTC
            PRIMARY KEY (answer_key, user_key)
        );
        """,
        """
        -- Conversations, so that a restart does not forget them: each turn (who asked, for forget and
        -- retention) and the bot's messages linked to a conversation (a Discord reply to an answer).
        CREATE TABLE conversation_turns (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation TEXT NOT NULL,
            time INTEGER NOT NULL,            -- Unix milliseconds, UTC
            platform TEXT NOT NULL,
            user_key TEXT NOT NULL,
            question TEXT NOT NULL,
            citations TEXT NOT NULL,          -- "number\tparagraph\tpage\tdocument", one per line
            answer_key TEXT NULL
        );
        CREATE INDEX conversation_turns_key ON conversation_turns (conversation, id);
        CREATE INDEX conversation_turns_time ON conversation_turns (time);
        CREATE TABLE conversation_messages (
            message TEXT PRIMARY KEY,
            conversation TEXT NOT NULL,
            time INTEGER NOT NULL
        );
        CREATE INDEX conversation_messages_key ON conversation_messages (conversation);
        """,
    ];

    private readonly string _connectionString;
    private readonly bool _storeUserIds;
    private string? _salt;

    public QuestionLogStore(string path, bool storeUserIds)
    {
        Path = path;
        _storeUserIds = storeUserIds;

        // No pooling: a closed connection releases the file (tests delete it; forget runs beside the bot).
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 5 }.ToString();
    }

    public string Path { get; }

    public static int SchemaVersion => Migrations.Length;

    // Creates the file (and its folder) if needed and brings the schema up to date.
    public void Migrate()
    {
        if (System.IO.Path.GetDirectoryName(Path) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        using var connection = Open();
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT MAX(version) FROM schema_version";
        var current = read.ExecuteScalar() is long v ? (int)v : 0;
        if (current > Migrations.Length)
        {
            throw new InvalidOperationException($"The question log {Path} has schema version {current}, newer than this bot ({Migrations.Length}).");
        }

        for (var step = current; step < Migrations.Length; step++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, Migrations[step], transaction);
            Execute(connection, "DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES (" + (step + 1).ToString(CultureInfo.InvariantCulture) + ")", transaction);
            transaction.Commit();
        }
    }

    // The key a person's rows carry: their raw id with Log:StoreUserIds, else HMAC-SHA256 over
    // "platform:id" with this install's salt.
    public string UserKey(string platform, string userId) => _storeUserIds ? userId : HashedKey(platform, userId);

    // Questions and votes, in one transaction, in the order they came.
    public void Insert(IReadOnlyCollection<LogEntry> entries)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        foreach (var entry in entries)
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            switch (entry)
            {
                case QuestionRecord r:
                    // follow_up_of is the row id of the earlier answer, found by its key (none if it was not logged).
                    command.CommandText = """
                        INSERT INTO questions (time, platform, channel, user_key, question, outcome, confidence, documents, passages, answer_key, follow_up_of)
                        VALUES ($time, $platform, $channel, $user, $question, $outcome, $confidence, $documents, $passages, $answer,
                                (SELECT id FROM questions WHERE answer_key = $followUpOf))
                        """;
                    command.Parameters.AddWithValue("$channel", (object?)r.Channel ?? DBNull.Value);
                    command.Parameters.AddWithValue("$question", r.Question);
                    command.Parameters.AddWithValue("$outcome", r.Outcome);
                    command.Parameters.AddWithValue("$confidence", (object?)r.Confidence ?? DBNull.Value);
                    command.Parameters.AddWithValue("$documents", string.Join('\n', r.Documents));
                    command.Parameters.AddWithValue("$passages", string.Join('\n', r.Passages));
                    command.Parameters.AddWithValue("$answer", (object?)r.AnswerId ?? DBNull.Value);
                    command.Parameters.AddWithValue("$followUpOf", (object?)r.FollowUpOf ?? DBNull.Value);
                    break;
                case VoteRecord v:
                    // Only for an answer the log holds; the question's feedback column keeps the net vote for the report.
                    command.CommandText = """
                        INSERT INTO votes (answer_key, user_key, vote, time)
                        SELECT $answer, $user, $vote, $time WHERE EXISTS (SELECT 1 FROM questions WHERE answer_key = $answer)
                        ON CONFLICT (answer_key, user_key) DO UPDATE SET vote = excluded.vote, time = excluded.time;
                        UPDATE questions SET feedback = (SELECT SUM(vote) FROM votes WHERE answer_key = $answer) WHERE answer_key = $answer;
                        """;
                    command.Parameters.AddWithValue("$answer", v.AnswerId);
                    command.Parameters.AddWithValue("$vote", (int)v.Vote);
                    break;
                case ConversationTurnRecord t:
                    // Only the last Keep turns are kept: older ones would never be read back.
                    command.CommandText = """
                        INSERT INTO conversation_turns (conversation, time, platform, user_key, question, citations, answer_key)
                        VALUES ($conversation, $time, $platform, $user, $question, $citations, $answer);
                        DELETE FROM conversation_turns WHERE conversation = $conversation AND id NOT IN
                            (SELECT id FROM conversation_turns WHERE conversation = $conversation ORDER BY id DESC LIMIT $keep);
                        """;
                    command.Parameters.AddWithValue("$conversation", t.Conversation);
                    command.Parameters.AddWithValue("$question", t.Question);
                    command.Parameters.AddWithValue("$citations", string.Join('\n', t.Citations));
                    command.Parameters.AddWithValue("$answer", (object?)t.AnswerId ?? DBNull.Value);
                    command.Parameters.AddWithValue("$keep", t.Keep);
                    break;
                case ConversationLinkRecord l:
                    command.CommandText = "INSERT OR REPLACE INTO conversation_messages (message, conversation, time) VALUES ($message, $conversation, $time)";
                    command.Parameters.AddWithValue("$message", l.Message);
                    command.Parameters.AddWithValue("$conversation", l.Conversation);
                    break;
                case ConversationEndRecord e:
                    command.CommandText = """
                        DELETE FROM conversation_turns WHERE conversation = $conversation;
                        DELETE FROM conversation_messages WHERE conversation = $conversation;
                        """;
                    command.Parameters.AddWithValue("$conversation", e.Conversation);
                    break;
                default:
                    throw new ArgumentException($"Unknown log entry {entry.GetType().Name}", nameof(entries));
            }

            command.Parameters.AddWithValue("$time", entry.Time.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$platform", entry.Platform);
            command.Parameters.AddWithValue("$user", entry.User.Length == 0 ? "" : UserKey(entry.Platform, entry.User));
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    // The votes on an answer: (user key, +1/-1), for tests and the report.
    public IReadOnlyList<(string UserKey, Vote Vote)> Votes(string answerId)
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT user_key, vote FROM votes WHERE answer_key = $answer ORDER BY time";
        select.Parameters.AddWithValue("$answer", answerId);
        using var reader = select.ExecuteReader();
        var votes = new List<(string, Vote)>();
        while (reader.Read())
        {
            votes.Add((reader.GetString(0), (Vote)reader.GetInt32(1)));
        }

        return votes;
    }

    // Rows older than cutoff; returns how many were deleted.
    public int DeleteOlderThan(DateTimeOffset cutoff)
    {
        using var connection = Open();
        using var delete = connection.CreateCommand();
        Execute(connection, "DELETE FROM votes WHERE answer_key IN (SELECT answer_key FROM questions WHERE time < " + cutoff.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture) + ")");
        delete.CommandText = "DELETE FROM questions WHERE time < $cutoff";
        delete.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
        var deleted = delete.ExecuteNonQuery();

        // Conversation turns are questions too: kept no longer than the questions themselves.
        using var turns = connection.CreateCommand();
        turns.CommandText = "DELETE FROM conversation_turns WHERE time < $cutoff;" + OrphanedLinks;
        turns.Parameters.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds());
        turns.ExecuteNonQuery();
        return deleted;
    }

    // A person's rows, on one platform or all of them. Both the hashed and the raw key are matched,
    // so rows written before or after Log:StoreUserIds changed are deleted alike.
    public int Forget(string userId, string? platform)
    {
        using var connection = Open();
        var platforms = platform is null ? Platforms(connection) : [platform];
        var deleted = 0;
        foreach (var p in platforms)
        {
            using var delete = connection.CreateCommand();
            // A person's votes go too, and the answers they voted on are re-counted without them.
            using (var votes = connection.CreateCommand())
            {
                votes.CommandText = """
                    CREATE TEMP TABLE IF NOT EXISTS forgotten (answer_key TEXT);
                    DELETE FROM forgotten;
                    INSERT INTO forgotten SELECT answer_key FROM votes
                        WHERE user_key IN ($hashed, $raw) AND answer_key IN (SELECT answer_key FROM questions WHERE platform = $platform);
                    DELETE FROM votes WHERE user_key IN ($hashed, $raw) AND answer_key IN (SELECT answer_key FROM forgotten);
                    UPDATE questions SET feedback = (SELECT SUM(vote) FROM votes WHERE votes.answer_key = questions.answer_key)
                        WHERE answer_key IN (SELECT answer_key FROM forgotten);
                    """;
                votes.Parameters.AddWithValue("$platform", p);
                votes.Parameters.AddWithValue("$hashed", HashedKey(p, userId));
                votes.Parameters.AddWithValue("$raw", userId);
                votes.ExecuteNonQuery();
            }

            delete.CommandText = "DELETE FROM questions WHERE platform = $platform AND user_key IN ($hashed, $raw)";
            delete.Parameters.AddWithValue("$platform", p);
            delete.Parameters.AddWithValue("$hashed", HashedKey(p, userId));
            delete.Parameters.AddWithValue("$raw", userId);
            deleted += delete.ExecuteNonQuery();

            // Their conversation turns too; a conversation left without turns loses its links.
            using var turns = connection.CreateCommand();
            turns.CommandText = "DELETE FROM conversation_turns WHERE platform = $platform AND user_key IN ($hashed, $raw);" + OrphanedLinks;
            turns.Parameters.AddWithValue("$platform", p);
            turns.Parameters.AddWithValue("$hashed", HashedKey(p, userId));
            turns.Parameters.AddWithValue("$raw", userId);
            turns.ExecuteNonQuery();
        }

        return deleted;
    }

    // A conversation's last turns (at most maxTurns, most recent first) and its linked messages; null
    // when the log holds no turn of it. Whether it has expired is the caller's to decide.
    public StoredConversation? Conversation(string conversation, int maxTurns)
    {
        using var connection = Open();
        var turns = new List<StoredTurn>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT time, question, citations, answer_key FROM conversation_turns WHERE conversation = $conversation ORDER BY id DESC LIMIT $max";
            select.Parameters.AddWithValue("$conversation", conversation);
            select.Parameters.AddWithValue("$max", maxTurns);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                turns.Add(new StoredTurn(
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)),
                    reader.GetString(1),
                    Lines(reader.GetString(2)),
                    reader.IsDBNull(3) ? null : reader.GetString(3)));
            }
        }

        if (turns.Count == 0)
        {
            return null;
        }

        using var messages = connection.CreateCommand();
        messages.CommandText = "SELECT message FROM conversation_messages WHERE conversation = $conversation";
        messages.Parameters.AddWithValue("$conversation", conversation);
        using var rows = messages.ExecuteReader();
        var linked = new List<string>();
        while (rows.Read())
        {
            linked.Add(rows.GetString(0));
        }

        return new StoredConversation(turns, linked);
    }

    // The conversation a posted message was linked to, or null.
    public string? ConversationOf(string message)
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT conversation FROM conversation_messages WHERE message = $message";
        select.Parameters.AddWithValue("$message", message);
        return select.ExecuteScalar() as string;
    }

    public IReadOnlyList<LoggedQuestion> Read(DateTimeOffset since)
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = """
            SELECT q.id, q.time, q.platform, q.channel, q.user_key, q.question, q.outcome, q.confidence, q.documents, q.passages, q.follow_up_of, q.feedback,
                   COALESCE(v.up, 0), COALESCE(v.down, 0)
            FROM questions q
            LEFT JOIN (SELECT answer_key, SUM(vote > 0) AS up, SUM(vote < 0) AS down FROM votes GROUP BY answer_key) v ON v.answer_key = q.answer_key
            WHERE q.time >= $since ORDER BY q.time
            """;
        select.Parameters.AddWithValue("$since", since.ToUnixTimeMilliseconds());
        using var reader = select.ExecuteReader();
        var rows = new List<LoggedQuestion>();
        while (reader.Read())
        {
            rows.Add(new LoggedQuestion(
                reader.GetInt64(0),
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetDouble(7),
                Lines(reader.GetString(8)),
                Lines(reader.GetString(9)),
                reader.IsDBNull(10) ? null : reader.GetInt64(10),
                reader.IsDBNull(11) ? null : reader.GetInt32(11),
                reader.GetInt32(12),
                reader.GetInt32(13)));
        }

        return rows;
    }

    private const string OrphanedLinks = " DELETE FROM conversation_messages WHERE conversation NOT IN (SELECT conversation FROM conversation_turns);";

    private string HashedKey(string platform, string userId)
    {
        _salt ??= ReadSalt();
        return Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromHexString(_salt), Encoding.UTF8.GetBytes(platform + ":" + userId)));
    }

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.Split('\n');

    private static List<string> Platforms(SqliteConnection connection)
    {
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT platform FROM questions UNION SELECT platform FROM conversation_turns";
        using var reader = select.ExecuteReader();
        var platforms = new List<string>();
        while (reader.Read())
        {
            platforms.Add(reader.GetString(0));
        }

        return platforms;
    }

    private string ReadSalt()
    {
        using var connection = Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT value FROM settings WHERE key = 'user_salt'";
        return select.ExecuteScalar() as string ?? throw new InvalidOperationException($"The question log {Path} has no user salt.");
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
