using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Bot.Knowledge.Indexing;

/// <summary>
/// Open read-only connections to the serving index, reused across questions. A rebuild moves a new
/// file into place and calls <see cref="Invalidate"/>: connections to the old file finish what they
/// are doing and are closed when handed back, so readers never see a half-built index.
/// </summary>
internal sealed class IndexReaderPool(string path) : IDisposable
{
    private readonly ConcurrentBag<(int Generation, SqliteConnection Connection)> _idle = [];
    private int _generation;

    public string Path => path;

    public int Generation => Volatile.Read(ref _generation);

    public Lease Rent()
    {
        var generation = Generation;
        while (_idle.TryTake(out var idle))
        {
            if (idle.Generation == generation)
            {
                return new Lease(this, idle.Generation, idle.Connection);
            }

            idle.Connection.Dispose();
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The index file does not exist.", path);
        }

        return new Lease(this, generation, IndexFile.OpenRead(path));
    }

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        while (_idle.TryTake(out var idle))
        {
            idle.Connection.Dispose();
        }
    }

    public void Dispose() => Invalidate();

    private void Return(int generation, SqliteConnection connection, bool broken)
    {
        if (broken || generation != Generation || _idle.Count >= Environment.ProcessorCount * 2)
        {
            connection.Dispose();
            return;
        }

        _idle.Add((generation, connection));
    }

    public sealed class Lease(IndexReaderPool pool, int generation, SqliteConnection connection) : IDisposable
    {
        public SqliteConnection Connection => connection;

        public int Generation => generation;

        /// <summary>Set when the connection failed, so it is closed instead of reused.</summary>
        public bool Broken { get; set; }

        public void Dispose() => pool.Return(generation, connection, Broken);
    }
}
