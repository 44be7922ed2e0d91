using Bot.Knowledge.Documents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Knowledge.Index;

// Keeps the index fresh while a long-running process (serve, console chat) answers: file system
// events, debounced so a burst of changes (a git pull, an editor's save dance) makes one rebuild,
// plus a periodic listing check for where events do not arrive (network shares, containers with
// bind mounts, an inotify watch limit reached). Either way it compares the corpus listing with the
// one last indexed and, when a document was added, edited, renamed or deleted, rebuilds through the
// same KnowledgeIndex rebuild an admin uses: the old generation keeps answering until
// the new one is committed, and a rebuild already running is waited out and then retried.
public sealed class CorpusWatcher : IAsyncDisposable
{
    private readonly KnowledgeIndex _index;
    private readonly IDocumentSource _source;
    private readonly string _folder;
    private readonly CorpusWatchSettings _settings;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private FileSystemWatcher? _watcher;
    private ITimer? _debounce;
    private ITimer? _recheck;
    private IReadOnlyList<DocumentStamp>? _known;
    private Task _checks = Task.CompletedTask;
    private bool _checking;
    private bool _again;
    private int _signals;
    private int _rebuilds;
    private int _disposed;

    public CorpusWatcher(KnowledgeIndex index, IDocumentSource source, string folder, CorpusWatchSettings settings, TimeProvider? time = null, ILogger<CorpusWatcher>? logger = null)
    {
        _index = index;
        _source = source;
        _folder = Path.GetFullPath(folder);
        _settings = settings;
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<CorpusWatcher>.Instance;
    }

    // True when file system events are being received (false: only the periodic check runs).
    public bool IsWatching => _watcher is not null;

    // File system events received so far (tests wait for the operating system's notification).
    internal int Signals => Volatile.Read(ref _signals);

    // Rebuilds this watcher has started and completed.
    internal int Rebuilds => Volatile.Read(ref _rebuilds);

    // The check running now, or a completed task.
    internal Task Checks
    {
        get
        {
            lock (_lock)
            {
                return _checks;
            }
        }
    }

    // Takes the corpus as it is now as the indexed one (call after the start-up check) and starts watching.
    public void Start()
    {
        _known = TryList();
        _debounce = _time.CreateTimer(_ => Check(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        if (_settings.Watch)
        {
            try
            {
                var watcher = new FileSystemWatcher(_folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                };
                watcher.Created += (_, _) => Signal();
                watcher.Changed += (_, _) => Signal();
                watcher.Deleted += (_, _) => Signal();
                watcher.Renamed += (_, _) => Signal();
                watcher.Error += (_, e) =>
                {
                    // The event buffer overflowed or the watch broke: some changes may be lost, so check.
                    _logger.LogWarning("Corpus watch error ({Error}); checking the corpus", e.GetException().Message);
                    Signal();
                };
                watcher.EnableRaisingEvents = true;
                _watcher = watcher;
            }
            catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
            {
                _logger.LogWarning("Cannot watch {Folder} for changes ({Error}); checking it every {Interval} instead", _folder, e.Message, _settings.RecheckInterval);
            }
        }

        if (_settings.RecheckInterval > TimeSpan.Zero)
        {
            _recheck = _time.CreateTimer(_ => Check(), null, _settings.RecheckInterval, _settings.RecheckInterval);
        }
    }

    // Something under the corpus changed: check once things have been quiet for the debounce time.
    private void Signal()
    {
        if (_stopping.IsCancellationRequested)
        {
            return;
        }

        Interlocked.Increment(ref _signals);
        _debounce?.Change(_settings.Debounce, Timeout.InfiniteTimeSpan);
    }

    // One check at a time; a timer firing during one makes another run after it.
    private void Check()
    {
        lock (_lock)
        {
            if (_stopping.IsCancellationRequested)
            {
                return;
            }

            if (_checking)
            {
                _again = true;
                return;
            }

            _checking = true;
            _checks = Task.Run(RunChecksAsync);
        }
    }

    private async Task RunChecksAsync()
    {
        while (true)
        {
            try
            {
                await CheckOnceAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A background check must never take the process down; the next change or recheck tries again.
                _logger.LogError("Corpus check failed: {Error}", e.Message);
            }

            lock (_lock)
            {
                if (!_again || _stopping.IsCancellationRequested)
                {
                    _checking = false;
                    return;
                }

                _again = false;
            }
        }
    }

    private async Task CheckOnceAsync(CancellationToken cancellationToken)
    {
        var now = TryList();
        if (now is null)
        {
            return;
        }

        var changes = CorpusChanges.Between(_known ?? [], now);
        if (changes.IsEmpty)
        {
            return;
        }

        var result = await _index.RebuildAsync(RebuildTrigger.CorpusChange, null, cancellationToken).ConfigureAwait(false);
        switch (result.Outcome)
        {
            case RebuildOutcome.Rebuilt:
                _known = now;
                Interlocked.Increment(ref _rebuilds);
                _logger.LogInformation(
                    "Corpus changed ({Changes}); index rebuilt: {Documents} documents, {Passages} passages in {Elapsed:0.00} s",
                    changes, result.Documents, result.Passages, result.Elapsed.TotalSeconds);
                break;
            case RebuildOutcome.AlreadyRunning:
                // Someone else's rebuild may have read the corpus before this change: look again later.
                _debounce?.Change(_settings.Debounce, Timeout.InfiniteTimeSpan);
                break;
            default:
                _known = now; // retried at the next change, not in a loop
                _logger.LogWarning("Corpus changed ({Changes}); the rebuild failed, the previous index keeps serving: {Error}", changes, result.Error);
                break;
        }
    }

    private IReadOnlyList<DocumentStamp>? TryList()
    {
        try
        {
            return _source.List();
        }
        catch (Exception e) when (e is CorpusException or IOException or UnauthorizedAccessException)
        {
            // An emptied or vanished corpus is never indexed (that would be an empty index): keep serving.
            _logger.LogWarning("Cannot read the corpus ({Error}); the index keeps serving as it is", e.Message);
            return null;
        }
    }

    // Stops watching and waits for a running check; safe to call twice (the host, then the container).
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        lock (_lock)
        {
            _stopping.Cancel();
        }

        _watcher?.Dispose();
        _debounce?.Dispose();
        _recheck?.Dispose();
        try
        {
            await Checks.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
    }
}
