using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

// Runs the gateway in the background, so the host starts at once; never takes the process down.
internal sealed class GatewayService(GatewayClient client, DiscordStatus status, ILogger<GatewayService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await client.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "The Discord gateway stopped unexpectedly; HTTP interactions (if configured) keep working");
            status.Set("stopped: unexpected error: " + e.Message);
        }
    }
}
