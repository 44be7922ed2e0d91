using Bot.Knowledge;
using Bot.Knowledge.Index;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

// Starts the corpus watcher once the start-up check has made the index current (registered after
// IndexStartupService; hosted services start in order) and stops it with the host.
internal sealed class CorpusWatchService(CorpusWatcher watcher, IOptions<KnowledgeOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.WatchCorpus || o.RecheckInterval > TimeSpan.Zero)
        {
            watcher.Start();
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await watcher.DisposeAsync().ConfigureAwait(false);
}
