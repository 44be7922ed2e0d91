using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Testing.Slack;

// One Socket Mode connection from the bot, server side: the test sends envelopes and reads the acks.
internal sealed class FakeSocket(WebSocket socket, int number)
{
    private readonly ConcurrentQueue<string> _received = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Number => number;

    public IReadOnlyList<string> Received => _received.ToArray();

    public Task Closed => _closed.Task;

    public async Task SendAsync(string json, CancellationToken cancellationToken)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            _sending.Release();
        }
    }

    // Waits for the bot's acknowledgement of an envelope and returns it.
    public async Task<JsonObject> WaitForAckAsync(string envelopeId, CancellationToken cancellationToken)
    {
        while (true)
        {
            foreach (var text in _received)
            {
                if (JsonNode.Parse(text) is JsonObject ack && ack["envelope_id"]?.ToString() == envelopeId)
                {
                    return ack;
                }
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    public int AcksFor(string envelopeId) => _received.Count(t => JsonNode.Parse(t)?["envelope_id"]?.ToString() == envelopeId);

    // Drops the connection without a close handshake, like a network failure.
    public void Abort() => socket.Abort();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    break;
                }

                _received.Enqueue(Encoding.UTF8.GetString(message.ToArray()));
                WireRecorder.Record("slack-socket", Encoding.UTF8.GetString(message.ToArray()));
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or IOException)
        {
        }
        finally
        {
            _closed.TrySetResult();
        }
    }
}
