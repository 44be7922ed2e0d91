using System.Net.WebSockets;
using System.Text.Json;
using System.Text;
using Bot.Slack.Conversations;
using Bot.Slack.WebApi;
using Bot.Slack.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.SocketMode;

// Socket Mode (https://api.slack.com/apis/socket-mode): apps.connections.open with the app-level token, then the WebSocket.
// Every envelope is acknowledged as soon as it is read, before any work; disconnect means a
// new connection (or a stop for link_disabled); a dropped connection is retried with
// exponential backoff and jitter, forever, until the host stops.
internal sealed class SocketModeClient(
    SlackApiClient api, SlackInbox inbox, SlackStatus status, IOptions<SlackOptions> options, TimeProvider time, ILogger<SocketModeClient> logger, Bot.Chat.Metrics.BotMetrics metrics)
{
    private const int MaxMessageBytes = 1 << 20;
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var (end, connected) = await RunSessionAsync(cancellationToken).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            switch (end)
            {
                case SessionEnd.LinkDisabled:
                    logger.LogCritical("Slack turned Socket Mode off for this app (link_disabled); the Slack adapter stops. Turn Socket Mode on in the app's settings, or remove Slack:AppToken to use HTTP only.");
                    status.Set("stopped: Socket Mode is disabled in the Slack app settings (link_disabled)");
                    return;
                case SessionEnd.BadAppToken:
                    status.Set("stopped: Slack rejected Slack:AppToken");
                    return;
                case SessionEnd.Refresh:
                    failures = 0;
                    metrics.Reconnect("slack");
                    continue;
                default:
                    failures = connected ? 1 : failures + 1;
                    var delay = Backoff.Delay(failures, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
                    status.Set($"reconnecting (socket mode) in {Math.Ceiling(delay.TotalSeconds)} s");
                    logger.LogInformation("Socket Mode reconnecting in {Delay:0.0} s (attempt {Attempt})", delay.TotalSeconds, failures);
                    metrics.Reconnect("slack");
                    try
                    {
                        await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }

                    break;
            }
        }
    }

    private async Task<(SessionEnd End, bool Connected)> RunSessionAsync(CancellationToken cancellationToken)
    {
        status.Set("connecting (socket mode)");
        var open = await api.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (open is { Ok: false } && TokenErrors.IsFatal(open.Error))
        {
            logger.LogCritical("Slack rejected Slack:AppToken ({Error}); Socket Mode stops. It must be an app-level token (xapp-…) with the connections:write scope.", open.Error);
            return (SessionEnd.BadAppToken, false);
        }

        if (open is not { Ok: true } || !Uri.TryCreate(open.Url, UriKind.Absolute, out var url))
        {
            return (SessionEnd.Dropped, false);
        }

        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(30);
        socket.Options.SetRequestHeader("User-Agent", Bot.Chat.BotVersion.UserAgent);
        var connected = false;
        try
        {
            using (var connect = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                connect.CancelAfter(ConnectTimeout);
                await socket.ConnectAsync(url, connect.Token).ConfigureAwait(false);
            }

            // The URL carries a connection ticket: log the host only.
            logger.LogInformation("Socket Mode connected to {Host}", url.Host);
            while (true)
            {
                var text = await ReceiveAsync(socket, cancellationToken).ConfigureAwait(false);
                if (text is null)
                {
                    logger.LogWarning("Slack closed the Socket Mode connection ({Status})", socket.CloseStatus);
                    return (SessionEnd.Dropped, connected);
                }

                SocketModeMessage? message;
                try
                {
                    message = JsonSerializer.Deserialize(text, SlackJsonContext.Default.SocketModeMessage);
                }
                catch (JsonException e)
                {
                    logger.LogWarning("Unreadable Socket Mode message: {Error}", e.Message);
                    continue;
                }

                switch (message?.Type)
                {
                    case "hello":
                        connected = true;
                        status.Set(options.Value.UsesHttp ? "connected (socket mode and http)" : "connected (socket mode)");
                        logger.LogInformation("Socket Mode ready ({Connections} connection(s) open for this app)", message.NumConnections);
                        break;
                    case "disconnect":
                        logger.LogInformation("Slack asked the bot to reconnect ({Reason})", message.Reason);
                        await CloseAsync(socket).ConfigureAwait(false);
                        return (message.Reason switch
                        {
                            "link_disabled" => SessionEnd.LinkDisabled,
                            "warning" or "refresh_requested" => SessionEnd.Refresh,
                            "too_many_websockets" => SessionEnd.TooManyConnections,
                            _ => SessionEnd.Dropped,
                        }, connected);
                    default:
                        if (message?.EnvelopeId is { } envelopeId)
                        {
                            // Every envelope is acknowledged first, then worked on (https://api.slack.com/apis/socket-mode: within 3 s).
                            await SendAckAsync(socket, envelopeId, cancellationToken).ConfigureAwait(false);
                            inbox.AcceptEnvelope(message.Type, message.Payload, message.RetryAttempt ?? 0, message.RetryReason);
                        }

                        break;
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException or IOException or InvalidDataException
                                      || e is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Socket Mode connection lost: {Error}", e.Message);
            return (SessionEnd.Dropped, connected);
        }
        catch (OperationCanceledException)
        {
            return (SessionEnd.Dropped, connected);
        }
    }

    // One whole text message, or null when the server closed the connection.
    private static async Task<string?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            if (message.Length + result.Count > MaxMessageBytes)
            {
                throw new InvalidDataException("a Socket Mode message exceeded " + MaxMessageBytes + " bytes");
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return result.MessageType == WebSocketMessageType.Text ? Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length) : "";
            }
        }
    }

    private static Task SendAckAsync(ClientWebSocket socket, string envelopeId, CancellationToken cancellationToken)
    {
        var ack = JsonSerializer.SerializeToUtf8Bytes(new SocketModeAck(envelopeId), SlackJsonContext.Default.SocketModeAck);
        return socket.SendAsync(ack, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
    }

    private async Task CloseAsync(ClientWebSocket socket)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
            logger.LogDebug("Closing the old Socket Mode connection: {Error}", e.Message);
        }
    }
}
