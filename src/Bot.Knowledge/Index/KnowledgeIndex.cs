using System.Diagnostics;
using Bot.Knowledge.Documents;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Knowledge.Index;

// The one rebuild service: the CLI, the start-up check and the chat admin commands all go through
// it. A rebuild writes a new generation folder and switches the pointer to it atomically (see
// IndexFolder), so questions keep being answered from the old generation until the new
// one is committed, and a process killed halfway leaves the old one serving. Only one rebuild runs
// at a time, in this process (a gate) and across processes (RebuildLock). A read error
// marks the generation damaged and starts a rebuild in the background.
public sealed class KnowledgeIndex : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IDocumentSource _source;
    private readonly ILogger _logger;
    private readonly IndexFolder _folder;
    private readonly ServingIndex _serving;
    private readonly Lock _lock = new();
    private (string Generation, string Error)? _damage;
    private (string Generation, string Files, IndexInfo Info)? _verified;
    private (string Fingerprint, string Content)? _content;
    private Task<RebuildResult>? _background;

    public KnowledgeIndex(string indexPath, IDocumentSource source, ILogger<KnowledgeIndex>? logger = null)
    {
        IndexPath = Path.GetFullPath(indexPath);
        _source = source;
        _logger = logger ?? NullLogger<KnowledgeIndex>.Instance;
        _folder = new IndexFolder(IndexPath);
        _serving = new ServingIndex(_folder);
    }

    // The index folder.
    public string IndexPath { get; }

    public string CorpusDescription => _source.Description;

    // True while a rebuild is running in this process.
    public bool IsRebuilding => _gate.CurrentCount == 0;

    // The rebuild started in the background after damage was found, if any (tests wait for it).
    internal Task<RebuildResult>? BackgroundRebuild
    {
        get
        {
            lock (_lock)
            {
                return _background;
            }
        }
    }

    // Compares the index on disk with the corpus as it is now. Never throws for a damaged index.
    public IndexStatus GetStatus()
    {
        var generation = _folder.ReadCurrent();
        if (generation is null || !Directory.Exists(_folder.GenerationPath(generation)))
        {
            return new IndexStatus(IndexPath, IndexState.Missing, null, "no index has been built yet");
        }

        if (Damage(generation) is { } damage)
        {
            return new IndexStatus(IndexPath, IndexState.Damaged, null, damage);
        }

        IndexInfo info;
        try
        {
            info = Verify(generation);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            ReportDamage(generation, e);
            return new IndexStatus(IndexPath, IndexState.Damaged, null, Damage(generation));
        }

        if (info.SchemaVersion != IndexSchema.Version)
        {
            return new IndexStatus(IndexPath, IndexState.Stale, info, $"built by schema {info.SchemaVersion}, this version uses {IndexSchema.Version}");
        }

        try
        {
            return IsCurrent(info)
                ? new IndexStatus(IndexPath, IndexState.Current, info, null)
                : new IndexStatus(IndexPath, IndexState.Stale, info, "the corpus has changed since the index was built");
        }
        catch (CorpusException e)
        {
            // The index still answers; the corpus it came from is just not there to compare with.
            return new IndexStatus(IndexPath, IndexState.Current, info, e.Message);
        }
    }

    // Rebuilds unless the index is current. Returns the status afterwards and the rebuild result, if one ran.
    public async Task<(IndexStatus Status, RebuildResult? Rebuild)> EnsureCurrentAsync(IProgress<RebuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        CleanUpIfIdle();
        var status = GetStatus();
        if (status.State == IndexState.Current)
        {
            return (status, null);
        }

        if (BackgroundRebuild is { IsCompleted: false } running)
        {
            await running.WaitAsync(cancellationToken).ConfigureAwait(false);
            status = GetStatus();
            if (status.State == IndexState.Current)
            {
                return (status, null);
            }
        }

        _logger.LogInformation("Index {Path} is {State} ({Detail}); rebuilding from {Corpus}", IndexPath, status.State, status.Detail, _source.Description);
        var result = await RebuildAsync(RebuildTrigger.Startup, progress, cancellationToken).ConfigureAwait(false);
        return (GetStatus(), result);
    }

    // An admin's rebuild (reindex command, bot index rebuild).
    public Task<RebuildResult> RebuildAsync(IProgress<RebuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RebuildAsync(RebuildTrigger.Admin, progress, cancellationToken);

    public Task<RebuildResult> RebuildAsync(RebuildTrigger trigger, IProgress<RebuildProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RebuildAsync(trigger, progress, joinBackground: true, cancellationToken);

    private async Task<RebuildResult> RebuildAsync(RebuildTrigger trigger, IProgress<RebuildProgress>? progress, bool joinBackground, CancellationToken cancellationToken)
    {
        if (!await _gate.WaitAsync(0, cancellationToken).ConfigureAwait(false))
        {
            // The rebuild this process started by itself after finding damage: join it rather than refuse.
            return joinBackground && BackgroundRebuild is { IsCompleted: false } background
                ? await background.WaitAsync(cancellationToken).ConfigureAwait(false)
                : RebuildResult.Busy;
        }

        try
        {
            return await Task.Run(() => RebuildLocked(trigger, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    // The serving generation, acquired (release it when done), or null when there is no index.
    // Null too when the serving generation is damaged (see IsDamaged): it is being rebuilt.
    internal IndexSnapshot? Acquire()
    {
        var generation = _folder.ReadCurrent();
        if (generation is null || Damage(generation) is not null)
        {
            return null;
        }

        try
        {
            return _serving.Acquire();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Opening failed: a file is missing or cannot be decoded.
            ReportDamage(_folder.ReadCurrent() ?? generation, e);
            return null;
        }
    }

    // The serving generation was found damaged and is being rebuilt.
    internal bool IsDamaged => _folder.ReadCurrent() is { } generation && Damage(generation) is not null;

    // A read of generation failed: it is damaged (bytes overwritten, a file
    // missing). Status and health say so, and a rebuild starts in the background.
    internal void ReportDamage(string generation, Exception error)
    {
        lock (_lock)
        {
            if (_damage?.Generation == generation)
            {
                return;
            }

            _damage = (generation, $"the index is damaged ({error.GetType().Name}: {error.Message}); it is being rebuilt");
            _logger.LogError("Index generation {Generation} is damaged ({Error}); rebuilding in the background", generation, error.Message);
            _serving.Drop(generation);
            if (_background is null or { IsCompleted: true })
            {
                _background = Task.Run(() => RebuildAsync(RebuildTrigger.Damage, null, joinBackground: false, CancellationToken.None));
            }
        }
    }

    // What is wrong with generation, if it was found damaged.
    internal string? Damage(string generation)
    {
        lock (_lock)
        {
            return _damage is { } d && d.Generation == generation ? d.Error : null;
        }
    }

    // Opens the generation afresh, as a new process would, and checks every file's checksum, unless
    // its files (names, sizes, times) are as they were when last checked, by this process or by any
    // (ReadVerified): an overwritten or missing file is found by the next
    // status or health check, without re-reading an intact index at every start.
    private IndexInfo Verify(string generation)
    {
        var files = _folder.FileStamps(generation);
        lock (_lock)
        {
            if (_verified is { } v && v.Generation == generation && v.Files == files)
            {
                return v.Info;
            }
        }

        IndexInfo info;
        using (var directory = _folder.Open(generation))
        {
            if (_folder.ReadVerified(generation) == files)
            {
                var commit = new SegmentInfos();
                commit.Read(directory);
                info = CommitData.Read(commit.UserData);
            }
            else
            {
                using var reader = DirectoryReader.Open(directory);
                foreach (var leaf in reader.Leaves)
                {
                    leaf.AtomicReader.CheckIntegrity();
                }

                info = CommitData.Read(reader.IndexCommit.UserData);
                _folder.WriteVerified(generation, files);
            }
        }

        lock (_lock)
        {
            _verified = (generation, files, info);
        }

        return info;
    }

    // Same sizes and times as at build, or (a fresh clone, a touched file) the same content.
    private bool IsCurrent(IndexInfo info)
    {
        var fingerprint = CorpusFingerprint.Compute(_source.List());
        if (fingerprint == info.Fingerprint)
        {
            return true;
        }

        if (info.ContentHash is null)
        {
            return false;
        }

        (string Fingerprint, string Content)? known;
        lock (_lock)
        {
            known = _content;
        }

        if (known?.Fingerprint != fingerprint)
        {
            try
            {
                known = (fingerprint, ContentHash.Of(_source));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                return false; // a file that cannot be read now is a change a rebuild will report
            }

            lock (_lock)
            {
                _content = known;
            }
        }

        return known.Value.Content == info.ContentHash;
    }

    private RebuildResult RebuildLocked(RebuildTrigger trigger, IProgress<RebuildProgress>? progress, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        using var held = RebuildLock.TryAcquire(_folder.LockPath);
        if (held is null)
        {
            return RebuildResult.Busy with { Error = "A rebuild is already running in another process." };
        }

        CleanUp();
        var generation = IndexFolder.NewGeneration();
        var skipped = new List<SkippedFile>();
        try
        {
            var fingerprint = CorpusFingerprint.Compute(_source.List());
            int documents, passages;
            using (var directory = _folder.Open(generation))
            {
                (documents, passages) = GenerationWriter.Write(directory, _source, fingerprint, trigger, skipped.Add, progress, cancellationToken);
            }

            using (var directory = _folder.Open(generation))
            using (var reader = DirectoryReader.Open(directory))
            {
                CommitData.Read(reader.IndexCommit.UserData); // the new generation must open and describe itself before it serves
            }

            _folder.WriteVerified(generation, _folder.FileStamps(generation)); // just written and opened: no need to re-read it at the next start
            _folder.Switch(generation);
            CleanUp();
            foreach (var s in skipped)
            {
                _logger.LogWarning("Skipped {File}: {Reason}", s.RelativePath, s.Reason);
            }

            // The corpus watcher writes its own line saying what changed and what was rebuilt.
            _logger.Log(trigger == RebuildTrigger.CorpusChange ? LogLevel.Debug : LogLevel.Information,
                "Indexed {Documents} documents, {Passages} passages in {Elapsed:0.00} s ({Trigger})", documents, passages, stopwatch.Elapsed.TotalSeconds, trigger.Describe());
            return new RebuildResult(RebuildOutcome.Rebuilt, documents, passages, stopwatch.Elapsed, skipped, null);
        }
        catch (Exception e) when (e is CorpusException or IOException or UnauthorizedAccessException or OperationCanceledException or FormatException)
        {
            _folder.TryDelete(generation);
            _logger.LogError("Rebuild failed, the previous index (if any) keeps serving: {Error}", e.Message);
            return RebuildResult.Fail(e is OperationCanceledException ? "The rebuild was cancelled." : e.Message, stopwatch.Elapsed) with { Skipped = skipped };
        }
        catch
        {
            _folder.TryDelete(generation);
            throw;
        }
    }

    // Old generations and half-written ones from a killed build; only while holding the rebuild lock.
    private void CleanUp()
    {
        var current = _folder.ReadCurrent();
        var serving = _serving.Generation;
        foreach (var generation in _folder.OtherGenerations(current).Where(g => g != serving))
        {
            _folder.TryDelete(generation);
        }
    }

    // At start: clean up unless another process is rebuilding (its new generation is not a leftover).
    private void CleanUpIfIdle()
    {
        if (!Directory.Exists(IndexPath) || IsRebuilding)
        {
            return;
        }

        using var held = RebuildLock.TryAcquire(_folder.LockPath);
        if (held is not null)
        {
            CleanUp();
        }
    }

    public void Dispose()
    {
        _serving.Dispose();
        _gate.Dispose();
    }
}
