using System.Net;
using System.Text.Json;
using Bot.Discord.Rest;
using Bot.Discord.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

// The gateway session (https://discord.com/developers/docs/events/gateway): connect, HELLO, IDENTIFY or RESUME, heartbeat, dispatch events,
// and decide after every disconnect whether to resume, start over, or stop for good. One connection
// at a time; network errors never escape, they become a reconnect with backoff.
internal sealed class GatewayClient(
    DiscordRestClient rest,
    GatewayEventRouter events,
    DiscordStatus status,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILogger<GatewayClient> logger,
    Bot.Chat.Metrics.BotMetrics metrics)
{
    // Any code but 1000/1001 keeps the session resumable (https://discord.com/developers/docs/events/gateway); 4000 is in the application range.
    private const int ResumableClose = 4000;
    private const long NoSequence = -1;
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(15);

    private readonly IdentifyGate _identifyGate = new(time);
    private GatewaySession? _session;
    private long _sequence = NoSequence;
    private string? _botUserId;
    private string? _botName;
    private readonly ReconnectBackoff _backoff = new();
    private bool _readyOnThisConnection;
    private bool _helloOnThisConnection;

    private long? Sequence => Interlocked.Read(ref _sequence) is var s and >= 0 ? s : null;

    // Runs until stoppingToken fires or Discord refuses the bot for good.
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            _readyOnThisConnection = false;
            _helloOnThisConnection = false;
            ConnectionOutcome outcome;
            try
            {
                outcome = await RunConnectionAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (DiscordApiException e) when (e.StatusCode == HttpStatusCode.Unauthorized)
            {
                outcome = ConnectionOutcome.Fatal("Discord rejected Discord:Token (401 on GET /gateway/bot). Reset the token in the Developer Portal (Bot → Reset Token) and update the setting");
            }
            catch (Exception e)
            {
                logger.LogDebug(e, "Gateway connection failed");
                outcome = ConnectionOutcome.Resume($"connection lost: {e.Message}");
            }

            if (outcome.End == ConnectionEnd.Stopped)
            {
                break;
            }

            if (outcome.End == ConnectionEnd.Fatal)
            {
                logger.LogError("Discord gateway stopped, not reconnecting: {Reason}", outcome.Reason);
                status.Set("stopped: " + outcome.Reason);
                return;
            }

            if (outcome.End == ConnectionEnd.NewSession)
            {
                _session = null;
                Interlocked.Exchange(ref _sequence, NoSequence);
            }

            var delay = _backoff.Next(outcome, _helloOnThisConnection, _readyOnThisConnection);
            var action = _session is null ? "identify" : "resume";
            logger.LogWarning("Discord gateway disconnected ({Reason}); will {Action} in {Seconds:0.#} s", outcome.Reason, action, delay.TotalSeconds);
            status.Set($"reconnecting ({outcome.Reason})");
            metrics.Reconnect("discord");
            try
            {
                await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        status.Set("stopped");
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(CancellationToken stoppingToken)
    {
        var session = _session;
        string url;
        if (session is null)
        {
            status.Set("connecting");
            var gateway = await rest.GetGatewayBotAsync(stoppingToken).ConfigureAwait(false);
            url = string.IsNullOrWhiteSpace(options.Value.GatewayUrl) ? gateway.Url : options.Value.GatewayUrl;
            await _identifyGate.WaitAsync(gateway.SessionStartLimit, logger, stoppingToken).ConfigureAwait(false);
        }
        else
        {
            status.Set("resuming");
            url = session.ResumeGatewayUrl;
        }

        using var connection = await GatewayConnection.ConnectAsync(GatewayUri.Build(url), ConnectTimeout, stoppingToken).ConfigureAwait(false);
        using var helloTimeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        helloTimeout.CancelAfter(HelloTimeout);
        var hello = await connection.ReceiveAsync(helloTimeout.Token).ConfigureAwait(false);
        if (hello is null)
        {
            return GatewayCloseCodes.Classify(connection.CloseCode, connection.CloseReason);
        }

        if (hello.Op != GatewayOpcode.Hello)
        {
            throw new InvalidDataException($"expected HELLO (op 10) first, got op {hello.Op}");
        }

        _helloOnThisConnection = true;
        var interval = TimeSpan.FromMilliseconds(hello.D.Deserialize(DiscordJsonContext.Default.HelloData)!.HeartbeatInterval);
        var heartbeat = new Heartbeat(connection, interval, () => Sequence, time);
        using var heartbeatStop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var heartbeatTask = heartbeat.RunAsync(heartbeatStop.Token);
        try
        {
            if (session is null)
            {
                await connection.SendAsync(GatewayFrames.Build(GatewayOpcode.Identify, Identify(), DiscordJsonContext.Default.IdentifyData), stoppingToken).ConfigureAwait(false);
            }
            else
            {
                var resume = new ResumeData(options.Value.Token!.Trim(), session.SessionId, Sequence ?? 0);
                await connection.SendAsync(GatewayFrames.Build(GatewayOpcode.Resume, resume, DiscordJsonContext.Default.ResumeData), stoppingToken).ConfigureAwait(false);
            }

            return await ReceiveLoopAsync(connection, heartbeat, heartbeatTask, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            await heartbeatStop.CancelAsync().ConfigureAwait(false);
            connection.Abort();
            await Observe(heartbeatTask).ConfigureAwait(false);
        }
    }

    private async Task<ConnectionOutcome> ReceiveLoopAsync(GatewayConnection connection, Heartbeat heartbeat, Task heartbeatTask, CancellationToken stoppingToken)
    {
        var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = stoppingToken.Register(() => stop.TrySetResult());
        var stopping = stop.Task;
        while (true)
        {
            // Not cancellable on purpose: cancelling a receive aborts the socket, and a clean stop
            // must still send its close frame.
            var receive = connection.ReceiveAsync(CancellationToken.None);
            var first = await Task.WhenAny(receive, heartbeatTask, stopping).ConfigureAwait(false);
            if (first != receive)
            {
                _ = Observe(receive);
                if (stoppingToken.IsCancellationRequested)
                {
                    // 1000: the session ends and the bot shows offline, as it should on shutdown.
                    await connection.CloseAsync(1000, "shutting down").ConfigureAwait(false);
                    return ConnectionOutcome.Stopped;
                }

                await heartbeatTask.ConfigureAwait(false); // a failed heartbeat send surfaces here as a dropped connection
                logger.LogWarning("No heartbeat ACK from Discord since the last heartbeat: the connection is a zombie");
                await connection.CloseAsync(ResumableClose, "zombie connection").ConfigureAwait(false);
                return ConnectionOutcome.Resume("no heartbeat ACK");
            }

            var payload = await receive.ConfigureAwait(false);
            if (payload is null)
            {
                return GatewayCloseCodes.Classify(connection.CloseCode, connection.CloseReason);
            }

            switch (payload.Op)
            {
                case GatewayOpcode.Dispatch:
                    if (payload.S is { } s)
                    {
                        Interlocked.Exchange(ref _sequence, s);
                    }

                    Dispatch(payload, stoppingToken);
                    break;
                case GatewayOpcode.Heartbeat:
                    await heartbeat.SendNowAsync(stoppingToken).ConfigureAwait(false);
                    break;
                case GatewayOpcode.HeartbeatAck:
                    heartbeat.Acknowledge();
                    break;
                case GatewayOpcode.Reconnect:
                    await connection.CloseAsync(ResumableClose, "reconnect requested").ConfigureAwait(false);
                    return ConnectionOutcome.Resume("Discord asked to reconnect (op 7)");
                case GatewayOpcode.InvalidSession:
                    await connection.CloseAsync(ResumableClose, "invalid session").ConfigureAwait(false);
                    return payload.D.ValueKind == JsonValueKind.True
                        ? ConnectionOutcome.Resume("invalid session (op 9), resumable")
                        : ConnectionOutcome.NewSession("invalid session (op 9)", _backoff.InvalidSessionDelay());
            }
        }
    }

    private void Dispatch(GatewayPayload payload, CancellationToken stoppingToken)
    {
        try
        {
            switch (payload.T)
            {
                case "READY":
                    var ready = payload.D.Deserialize(DiscordJsonContext.Default.ReadyData)!;
                    _session = new GatewaySession(ready.SessionId, ready.ResumeGatewayUrl);
                    _botUserId = ready.User.Id;
                    _botName = ready.User.DisplayName;
                    _readyOnThisConnection = true;
                    status.Set($"connected as {_botName}{ShardText()}");
                    logger.LogInformation("Connected to the Discord gateway as {BotName} ({BotUserId}) in {Guilds} guilds{Shard}", _botName, _botUserId, ready.Guilds?.Count ?? 0, ShardText());
                    break;
                case "RESUMED":
                    _readyOnThisConnection = true;
                    status.Set($"connected as {_botName}{ShardText()}");
                    logger.LogInformation("Resumed the Discord gateway session at sequence {Sequence}", Sequence);
                    break;
                default:
                    events.Route(payload.T, payload.D, _botUserId);
                    break;
            }
        }
        catch (Exception e) when (e is JsonException or NullReferenceException or InvalidOperationException)
        {
            logger.LogWarning("Ignored a {Event} dispatch that did not parse: {Error}", payload.T, e.Message);
        }
    }

    private IdentifyData Identify()
    {
        var o = options.Value;
        var os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";
        IReadOnlyList<int>? shard = o.ShardCount is { } count ? [o.ShardId ?? 0, count] : null;
        return new IdentifyData(o.Token!.Trim(), new IdentifyProperties(os, "Bot.Discord", "Bot.Discord"), GatewayIntents.For(o.MessageContentIntent), shard);
    }

    private string ShardText() => options.Value.ShardCount is { } count ? $" (shard {options.Value.ShardId}/{count})" : "";

    private static async Task Observe(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The connection is being torn down; its pending operations fail by design.
        }
    }
}
