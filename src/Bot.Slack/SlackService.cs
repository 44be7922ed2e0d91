using Bot.Slack.SocketMode;
using Bot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack;

// The adapter's lifetime: auth.test (who the bot is; a rejected token stops the adapter with
// one clear line, network trouble is retried), then Socket Mode when an app-level token is set. The
// HTTP endpoints need nothing from here but the identity. Never throws into the host.
internal sealed class SlackService(
    SlackApiClient api, SlackIdentity identity, SocketModeClient socketMode, SlackStatus status, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await SignInAsync(stoppingToken).ConfigureAwait(false) is null)
            {
                return;
            }

            if (options.Value.UsesSocketMode)
            {
                await socketMode.RunAsync(stoppingToken).ConfigureAwait(false);
            }
            else
            {
                status.Set("ready (http: /slack/events, /slack/commands, /slack/interactivity)");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "The Slack adapter stopped unexpectedly");
            status.Set("stopped: unexpected error (see the log)");
            identity.Set(null);
        }
    }

    private async Task<BotIdentity?> SignInAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            status.Set("checking the bot token");
            var result = await api.AuthTestAsync(cancellationToken).ConfigureAwait(false);
            if (result is { Ok: true, UserId: { Length: > 0 } userId })
            {
                logger.LogInformation("Slack: signed in as {User} ({UserId}) in workspace {Team} ({TeamId})", result.User, userId, result.Team, result.TeamId);
                var me = new BotIdentity(userId, result.User, result.TeamId, result.Team, result.BotId);
                identity.Set(me);
                return me;
            }

            if (result is { Ok: false } && TokenErrors.IsFatal(result.Error))
            {
                logger.LogCritical("Slack rejected Slack:BotToken ({Error}); the Slack adapter stops. Use the app's Bot User OAuth Token (xoxb-…) and reinstall the app if it was revoked.", result.Error);
                status.Set($"stopped: Slack rejected the bot token ({result.Error})");
                identity.Set(null);
                return null;
            }

            var delay = Backoff.Delay(attempt, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
            status.Set($"cannot reach Slack; retrying in {Math.Ceiling(delay.TotalSeconds)} s");
            logger.LogWarning("Slack auth.test did not succeed ({Error}); retrying in {Delay:0.0} s", result?.Error ?? "no answer", delay.TotalSeconds);
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
