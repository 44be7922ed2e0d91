using Lucene.Net.Index;

namespace Bot.Knowledge.Index;

// The generation this process answers from. Every Acquire reads the pointer file (a
// few bytes), so a generation committed by this or another process serves from the next question
// on; the previous generation's reader closes when its last question releases it.
internal sealed class ServingIndex(IndexFolder folder) : IDisposable
{
    private readonly Lock _lock = new();
    private IndexSnapshot? _current;

    // The serving snapshot, acquired: call Release when done. Null when there is no index.
    public IndexSnapshot? Acquire()
    {
        var generation = folder.ReadCurrent();
        if (generation is null || !Directory.Exists(folder.GenerationPath(generation)))
        {
            return null;
        }

        lock (_lock)
        {
            if (_current?.Generation != generation)
            {
                IndexSnapshot next;
                try
                {
                    next = Open(generation);
                }
                catch (Exception) when (folder.ReadCurrent() is { } newer && newer != generation)
                {
                    // A rebuild switched generations (and removed this one) while we opened it.
                    return Acquire();
                }

                if (_current is { } previous)
                {
                    previous.Release();
                    // Nobody switches back to an older generation. Open files stay readable on Linux until
                    // the questions holding them finish; where they cannot be deleted yet (Windows) the
                    // next rebuild or start cleans up.
                    folder.TryDelete(previous.Generation);
                }

                _current = next;
            }

            return _current.TryAcquire() ? _current : throw new InvalidOperationException("the serving index was closed");
        }
    }

    private IndexSnapshot Open(string generation)
    {
        var reader = DirectoryReader.Open(folder.Open(generation));
        try
        {
            return new IndexSnapshot(generation, reader);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    // The serving generation, if any is open (to keep it when cleaning up).
    public string? Generation
    {
        get
        {
            lock (_lock)
            {
                return _current?.Generation;
            }
        }
    }

    // Stops serving generation (found damaged): the next question reopens whatever the pointer names.
    public void Drop(string generation)
    {
        lock (_lock)
        {
            if (_current?.Generation == generation)
            {
                _current.Release();
                _current = null;
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _current?.Release();
            _current = null;
        }
    }
}
