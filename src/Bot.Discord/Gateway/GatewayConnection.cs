using System.Buffers;
using System.Net.WebSockets;
using Bot.Discord.Rest;
using Bot.Discord.Wire;

namespace Bot.Discord.Gateway;

// One WebSocket to the gateway: whole JSON messages in, one sender at a time out.
internal sealed class GatewayConnection : IDisposable
{
    private const int MaxMessageBytes = 64 << 20;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);
    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    private GatewayConnection(ClientWebSocket socket) => _socket = socket;

    // The close code Discord sent, once ReceiveAsync has returned null.
    public int? CloseCode => _socket.CloseStatus is { } status ? (int)status : null;

    public string? CloseReason => _socket.CloseStatusDescription;

    public static async Task<GatewayConnection> ConnectAsync(Uri uri, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();

        // The same "DiscordBot (url, version)" as on REST calls (https://discord.com/developers/docs/reference), so the upgrade names the bot too.
        socket.Options.SetRequestHeader("User-Agent", Rest.DiscordRestClient.UserAgent);
        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connectTimeout.CancelAfter(timeout);
            await socket.ConnectAsync(uri, connectTimeout.Token).ConfigureAwait(false);
            return new GatewayConnection(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    // The bot only sends IDENTIFY/RESUME and heartbeats, far below the 120 events per 60 s that
    // get a connection closed, and far below the 4096-byte payload limit (https://discord.com/developers/docs/events/gateway).
    public async Task SendAsync(byte[] payload, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    // The next payload, or null when Discord closed the connection (see CloseCode).
    // Cancelling aborts the socket (ClientWebSocket's rule); pass a token only when the connection is to be dropped anyway.
    public async Task<GatewayPayload?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(16 * 1024), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await AnswerCloseAsync().ConfigureAwait(false);
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException($"a gateway message exceeded {MaxMessageBytes} bytes");
            }

            if (result.EndOfMessage)
            {
                return GatewayPayload.Parse(buffer.WrittenSpan);
            }
        }
    }

    // Sends a close frame without waiting for the answer (a zombie never answers). Never throws.
    public async Task CloseAsync(int code, string reason)
    {
        if (_socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(CloseTimeout);
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // Already gone: nothing to close.
        }
    }

    public void Abort() => _socket.Abort();

    public void Dispose()
    {
        _socket.Dispose();
        _sendLock.Dispose();
    }

    private async Task AnswerCloseAsync()
    {
        if (_socket.State == WebSocketState.CloseReceived)
        {
            // Echo Discord's own code: closing with 1000/1001 ourselves would end the session (https://discord.com/developers/docs/events/gateway).
            var code = _socket.CloseStatus is { } status and not WebSocketCloseStatus.Empty ? (int)status : 4000;
            await CloseAsync(code, "").ConfigureAwait(false);
        }
    }
}
