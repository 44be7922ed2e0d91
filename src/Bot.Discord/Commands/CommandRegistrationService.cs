using System.Net.WebSockets;
using Bot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Commands;

// Registers the slash commands at start by bulk overwrite (https://discord.com/developers/docs/reference): per guild in
// Discord:GuildIds (updates are instant there) or globally. Network errors are retried with
// backoff; errors from Discord itself (bad request, bad token) are logged once and not retried.
internal sealed class CommandRegistrationService(
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<CommandRegistrationService> logger) : BackgroundService
{
    private const int MaxAttempts = 6;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var guilds = options.Value.GuildIds;
        foreach (var guild in guilds.Length == 0 ? [null] : guilds.Cast<string?>())
        {
            await RegisterAsync(guild, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RegisterAsync(string? guildId, CancellationToken stoppingToken)
    {
        var target = guildId is null ? "globally" : $"in guild {guildId}";
        for (var attempt = 1; attempt <= MaxAttempts && !stoppingToken.IsCancellationRequested; attempt++)
        {
            try
            {
                var count = await rest.OverwriteCommandsAsync(guildId, CommandCatalog.All, stoppingToken).ConfigureAwait(false);
                logger.LogInformation("Registered {Count} Discord slash commands {Target}", count, target);
                return;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (DiscordApiException e)
            {
                logger.LogError("Discord slash commands were not registered {Target}: {Error}", target, e.Message);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or WebSocketException or TaskCanceledException)
            {
                var wait = Backoff.Delay(attempt + 1, Backoff.Jitter);
                logger.LogWarning("Registering Discord slash commands {Target} failed ({Error}); retry {Attempt} of {Max} in {Seconds:0.#} s", target, e.Message, attempt, MaxAttempts - 1, wait.TotalSeconds);
                try
                {
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
