using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Bot.Testing.Discord;

// One client connection to the fake gateway. The test drives it: send HELLO, READY, dispatches,
// op 7/9 or a close; read what the bot sent. Heartbeats (op 1) are recorded apart and, unless
// AutoAck is off, answered with our op 11 at once.
internal sealed class FakeGatewayConnection(WebSocket socket, string path, string query, byte[] heartbeatAck)
{
    private readonly Channel<JsonNode> _received = Channel.CreateUnbounded<JsonNode>();
    private readonly List<(JsonNode Payload, DateTimeOffset At)> _heartbeats = [];
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Path => path;

    // The User-Agent header of the WebSocket upgrade.
    public string UserAgent { get; init; } = "";

    public DateTimeOffset AcceptedAt { get; } = DateTimeOffset.UtcNow;

    public string Query => query;

    public bool AutoAck { get; set; } = true;

    // The close code the bot sent, if it closed the connection.
    public int? ClientCloseCode { get; private set; }

    public Task Closed => _closed.Task;

    public IReadOnlyList<(JsonNode Payload, DateTimeOffset At)> Heartbeats
    {
        get
        {
            lock (_heartbeats)
            {
                return _heartbeats.ToList();
            }
        }
    }

    public async Task SendAsync(JsonNode payload) => await SendAsync(payload.ToJsonString());

    public async Task SendAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    // Our HELLO with a short interval, so heartbeats happen within a test.
    public Task SendHelloAsync(int heartbeatIntervalMs) => SendAsync(Payloads.Hello(heartbeatIntervalMs));

    // A dispatch (op 0) in the {op, d, s, t} envelope.
    public Task SendDispatchAsync(string type, long sequence, JsonNode data) => SendAsync(Payloads.Dispatch(type, sequence, data));

    public Task SendReadyAsync(long sequence, string sessionId, string resumeUrl, string botUserId = FakeDiscord.BotUserId) =>
        SendDispatchAsync("READY", sequence, Payloads.Ready(sessionId, resumeUrl, botUserId));

    // The next non-heartbeat payload the bot sent.
    public async Task<JsonNode> ReceiveAsync(CancellationToken cancellationToken) => await _received.Reader.ReadAsync(cancellationToken);

    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    // Reads until the socket closes; the fake server's request stays open until then.
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        ClientCloseCode = (int?)socket.CloseStatus;
                        if (socket.State == WebSocketState.CloseReceived)
                        {
                            await socket.CloseOutputAsync(socket.CloseStatus ?? WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                        }

                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                var payload = JsonNode.Parse(message.ToArray())!;
                if ((int)payload["op"]! == 1)
                {
                    lock (_heartbeats)
                    {
                        _heartbeats.Add((payload, DateTimeOffset.UtcNow));
                    }

                    if (AutoAck)
                    {
                        await SendAsync(Encoding.UTF8.GetString(heartbeatAck));
                    }
                }
                else
                {
                    WireRecorder.Record("discord-gateway", payload.ToJsonString());
                    await _received.Writer.WriteAsync(payload, cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // the bot dropped the connection (or the fake is shutting down)
        }
        finally
        {
            _received.Writer.TryComplete();
            _closed.TrySetResult();
        }
    }
}
