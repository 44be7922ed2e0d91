namespace Bot.Discord.Gateway;

// https://discord.com/developers/docs/events/gateway: first heartbeat after heartbeat_interval × jitter, then one every interval with
// the last sequence; no ACK between two heartbeats means the connection is a zombie.
internal sealed class Heartbeat(GatewayConnection connection, TimeSpan interval, Func<long?> sequence, TimeProvider time)
{
    private volatile bool _acknowledged = true;

    public void Acknowledge() => _acknowledged = true;

    // Discord may ask for one (op 1): answer at once.
    public Task SendNowAsync(CancellationToken cancellationToken) =>
        connection.SendAsync(GatewayFrames.Heartbeat(sequence()), cancellationToken);

    // Runs until cancelled; returns only when the connection has gone zombie.
    public async Task RunAsync(CancellationToken cancellationToken)
    {
#pragma warning disable CA5394 // jitter spreads reconnecting clients; it needs no unpredictability
        await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken).ConfigureAwait(false);
#pragma warning restore CA5394
        while (true)
        {
            if (!_acknowledged)
            {
                return;
            }

            _acknowledged = false;
            await SendNowAsync(cancellationToken).ConfigureAwait(false);
            await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
