using System.Threading.Channels;
using Bot.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Chat.Questions;

// Records questions off the answer path: Record only puts them in a bounded queue, and a background
// writer drains it into the SQLite file. A full queue drops (and counts) rather than wait, and a log
// that cannot be written (missing folder, read-only file, full disk) is warned about once and never
// stops the bot from answering. Rows older than Log:RetentionDays are deleted at start and then daily.
public sealed class QuestionLog : IHostedService, IDisposable
{
    private static readonly TimeSpan RetentionInterval = TimeSpan.FromDays(1);

    private readonly LogOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<QuestionLog> _logger;
    private readonly Channel<LogEntry> _queue;
    private readonly CancellationTokenSource _stopping = new();
    private Task _worker = Task.CompletedTask;
    private int _warned;
    private int _disposed;
    private long _dropped;
    private long _failed;
    private long _written;

    public QuestionLog(IOptions<LogOptions> options, IOptions<KnowledgeOptions> knowledge, TimeProvider time, ILogger<QuestionLog> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        Store = _options.Enabled ? new QuestionLogStore(_options.ResolvePath(knowledge.Value.IndexPath), _options.StoreUserIds) : null;
        _queue = Channel.CreateBounded<LogEntry>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // so TryWrite says "full" instead of dropping silently
            SingleReader = true,
        });
    }

    // Null when Log:Enabled is false.
    public QuestionLogStore? Store { get; }

    public long Dropped => Interlocked.Read(ref _dropped);

    public long Failed => Interlocked.Read(ref _failed);

    public long Written => Interlocked.Read(ref _written);

    // Never blocks and never throws: the answer has already been given.
    public void Record(LogEntry record)
    {
        if (Store is null)
        {
            return;
        }

        if (!_queue.Writer.TryWrite(record))
        {
            Interlocked.Increment(ref _dropped);
            WarnOnce("the queue is full ({Capacity} questions); questions are being dropped", _options.QueueCapacity);
        }
    }

    // Not a BackgroundService: its loop must run even when the host stops at once, or the queue is lost.
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _worker = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // What is queued is still written: the drain loop ends when the queue is empty.
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _worker.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    // Idempotent: the container disposes it twice (as itself and as the hosted service it also is).
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _queue.Writer.TryComplete();
        _stopping.Cancel();
        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        if (Store is null)
        {
            return;
        }

        var ready = TryMigrate();
        var retention = ready ? RetainAsync(stoppingToken) : Task.CompletedTask;
        await DrainAsync(ready).ConfigureAwait(false);
        try
        {
            await retention.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private bool TryMigrate()
    {
        try
        {
            Store!.Migrate();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            WarnOnce("it cannot be opened: {Error}", e.Message);
            return false;
        }
    }

    private async Task DrainAsync(bool ready)
    {
        var batch = new List<LogEntry>();
        while (await _queue.Reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            batch.Clear();
            while (batch.Count < 100 && _queue.Reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            if (!ready)
            {
                Interlocked.Add(ref _failed, batch.Count);
                continue;
            }

            try
            {
                Store!.Insert(batch);
                Interlocked.Add(ref _written, batch.Count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Interlocked.Add(ref _failed, batch.Count);
                WarnOnce("writing failed: {Error}", e.Message);
            }
        }
    }

    private async Task RetainAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // The next run's timer is set before this one deletes, so the day is counted from its start
            // (and a test that sees the deletion can advance a fake clock past a timer that exists).
            var next = Task.Delay(RetentionInterval, _time, stoppingToken);
            try
            {
                var deleted = Store!.DeleteOlderThan(_time.GetUtcNow().AddDays(-_options.RetentionDays));
                if (deleted > 0)
                {
                    _logger.LogInformation("Question log: deleted {Count} question(s) older than {Days} days", deleted, _options.RetentionDays);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                WarnOnce("deleting old questions failed: {Error}", e.Message);
            }

            await next.ConfigureAwait(false);
        }
    }

    private void WarnOnce(string problem, object arg)
    {
        if (Interlocked.Exchange(ref _warned, 1) == 0)
        {
#pragma warning disable CA2254 // one template per problem, chosen above; the path is always first
            _logger.LogWarning("Question log {Path} is not recording (answers go on): " + problem, Store?.Path, arg);
#pragma warning restore CA2254
        }
    }
}
