using System.Diagnostics;
using Bot.Chat.Metrics;
using Bot.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Hosting;

// Makes sure the index exists and is current before the adapters start answering: registered
// before them, and hosted services start in order. A missing, stale or damaged index is
// rebuilt (with a log line); if that fails, a stale index keeps serving.
internal sealed class IndexStartupService(KnowledgeBase knowledge, BotMetrics metrics, ILogger<IndexStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var (status, rebuild) = await knowledge.Index.EnsureCurrentAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (rebuild is not null)
        {
            metrics.Rebuild(rebuild.Outcome, Stopwatch.GetElapsedTime(started));
        }

        if (rebuild is null)
        {
            logger.LogInformation("Index {Path} is current: {Documents} documents, {Passages} passages", status.Path, status.Info?.Documents, status.Info?.Passages);
        }
        else if (!status.IsUsable)
        {
            logger.LogError("No usable index ({Detail}); questions will be answered with an error until an admin rebuilds it", rebuild.Error ?? status.Detail);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
