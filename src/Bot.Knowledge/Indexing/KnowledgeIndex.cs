using System.Diagnostics;
using Bot.Knowledge.Documents;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Knowledge.Indexing;

/// <summary>
/// The one rebuild service: the CLI, the start-up check and the chat admin commands all go through
/// it. A rebuild writes a new file next to the index and moves it into place atomically, so readers
/// keep answering from the old index until the new one is complete, and a process killed halfway
/// leaves the old index serving. Only one rebuild runs at a time, in this process (a gate) and
/// across processes (a lock file).
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private const string BuildingSuffix = ".building-";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IDocumentSource _source;
    private readonly ILogger _logger;

    public KnowledgeIndex(string indexPath, IDocumentSource source, ILogger<KnowledgeIndex>? logger = null)
    {
        IndexPath = Path.GetFullPath(indexPath);
        _source = source;
        _logger = logger ?? NullLogger<KnowledgeIndex>.Instance;
        Readers = new IndexReaderPool(IndexPath);
    }

    public string IndexPath { get; }

    public string CorpusDescription => _source.Description;

    /// <summary>True while a rebuild is running in this process.</summary>
    public bool IsRebuilding => _gate.CurrentCount == 0;

    internal IndexReaderPool Readers { get; }

    /// <summary>Compares the index on disk with the corpus as it is now.</summary>
    public IndexStatus GetStatus()
    {
        if (!File.Exists(IndexPath))
        {
            return new IndexStatus(IndexPath, IndexState.Missing, null, "no index has been built yet");
        }

        IndexInfo info;
        try
        {
            info = IndexFile.ReadInfo(IndexPath);
        }
        catch (Exception e) when (e is SqliteException or FormatException or InvalidOperationException)
        {
            return new IndexStatus(IndexPath, IndexState.Unreadable, null, e.Message);
        }

        if (info.SchemaVersion != IndexSchema.Version)
        {
            return new IndexStatus(IndexPath, IndexState.Stale, info, $"built by schema {info.SchemaVersion}, this version uses {IndexSchema.Version}");
        }

        try
        {
            var fingerprint = CorpusFingerprint.Compute(_source.List());
            return fingerprint == info.Fingerprint
                ? new IndexStatus(IndexPath, IndexState.Current, info, null)
                : new IndexStatus(IndexPath, IndexState.Stale, info, "the corpus has changed since the index was built");
        }
        catch (CorpusException e)
        {
            // The index still answers; the corpus it came from is just not there to compare with.
            return new IndexStatus(IndexPath, IndexState.Current, info, e.Message);
        }
    }

    /// <summary>Rebuilds unless the index is current. Returns the status afterwards and the rebuild result, if one ran.</summary>
    public async Task<(IndexStatus Status, RebuildResult? Rebuild)> EnsureCurrentAsync(IProgress<RebuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var status = GetStatus();
        if (status.State == IndexState.Current)
        {
            return (status, null);
        }

        _logger.LogInformation("Index {Path} is {State} ({Detail}); rebuilding from {Corpus}", IndexPath, status.State, status.Detail, _source.Description);
        var result = await RebuildAsync(progress, cancellationToken).ConfigureAwait(false);
        return (GetStatus(), result);
    }

    public async Task<RebuildResult> RebuildAsync(IProgress<RebuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!await _gate.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            return RebuildResult.Busy;
        }

        try
        {
            return await Task.Run(() => RebuildLocked(progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private RebuildResult RebuildLocked(IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var directory = Path.GetDirectoryName(IndexPath)!;
        Directory.CreateDirectory(directory);

        FileStream lockFile;
        try
        {
            lockFile = new FileStream(IndexPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return RebuildResult.Busy with { Error = "A rebuild is already running in another process." };
        }

        using (lockFile)
        {
            RemoveLeftovers(directory);
            var building = IndexPath + BuildingSuffix + Guid.NewGuid().ToString("N")[..8];
            var skipped = new List<SkippedFile>();
            try
            {
                var fingerprint = CorpusFingerprint.Compute(_source.List());
                var (documents, passages) = IndexWriter.Write(building, _source, fingerprint, skipped.Add, progress, cancellationToken);
                SqliteConnection.ClearAllPools();
                IndexFile.ReadInfo(building); // the new file must open and describe itself before it replaces anything
                File.Move(building, IndexPath, overwrite: true);
                Readers.Invalidate();
                foreach (var s in skipped)
                {
                    _logger.LogWarning("Skipped {File}: {Reason}", s.RelativePath, s.Reason);
                }

                _logger.LogInformation("Indexed {Documents} documents, {Passages} passages in {Elapsed:0.00} s", documents, passages, stopwatch.Elapsed.TotalSeconds);
                return new RebuildResult(RebuildOutcome.Rebuilt, documents, passages, stopwatch.Elapsed, skipped, null);
            }
            catch (Exception e) when (e is CorpusException or IOException or SqliteException or UnauthorizedAccessException or OperationCanceledException or FormatException)
            {
                TryDelete(building);
                _logger.LogError("Rebuild failed, the previous index (if any) keeps serving: {Error}", e.Message);
                return RebuildResult.Fail(e is OperationCanceledException ? "The rebuild was cancelled." : e.Message, stopwatch.Elapsed) with { Skipped = skipped };
            }
            catch
            {
                TryDelete(building);
                throw;
            }
        }
    }

    /// <summary>Half-written files from a process killed mid-build (we hold the lock, so none is in use).</summary>
    private void RemoveLeftovers(string directory)
    {
        foreach (var leftover in Directory.EnumerateFiles(directory, Path.GetFileName(IndexPath) + BuildingSuffix + "*"))
        {
            TryDelete(leftover);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
    }

    public void Dispose()
    {
        Readers.Dispose();
        _gate.Dispose();
    }
}
