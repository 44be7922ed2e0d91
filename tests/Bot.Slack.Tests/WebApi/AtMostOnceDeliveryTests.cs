using System.Net.Sockets;
using System.Net;
using Bot.Chat.Metrics;
using Bot.Slack.WebApi;
using Bot.Slack.Wire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Tests.WebApi;

// chat.postMessage at the network level: retried when the request cannot have reached Slack, given
// up when it may have (a retry then could post the answer twice).
public sealed class AtMostOnceDeliveryTests
{
    private static readonly PostMessageRequest Answer = new("C1", "the answer", [], null);

    [Fact]
    public async Task A_refused_connection_is_retried_since_nothing_reached_slack()
    {
        using var closed = BoundButNotListening();
        var port = ((IPEndPoint)closed.LocalEndPoint!).Port;
        var logs = new LogCapture();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var api = Client($"http://127.0.0.1:{port}/api/", logs, clock);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var posting = api.PostMessageAsync(Answer, timeout.Token);
        var waited = await VirtualTime.AdvanceUntilAsync(clock, posting, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(60), timeout.Token);

        Assert.False(await posting);
        // Three backoffs of 0.5, 1 and 2 s, each 50–100 % of that: at least 1.75 s between the attempts.
        Assert.True(waited >= TimeSpan.FromSeconds(1.75), $"gave up after {waited.TotalSeconds:0.00} s of backoff");

        Assert.Equal(3, logs.Lines.Count(l => l.Contains("Slack chat.postMessage failed (", StringComparison.Ordinal) && l.Contains("retrying in", StringComparison.Ordinal)));
        Assert.Contains(logs.Lines, l => l.Contains("Slack chat.postMessage failed after 4 attempts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_connection_dropped_after_the_request_was_sent_is_not_retried()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = 0;
        var server = Task.Run(async () =>
        {
            while (true)
            {
                using var socket = await listener.AcceptSocketAsync();
                Interlocked.Increment(ref accepted);
                var buffer = new byte[64 * 1024];
                await socket.ReceiveAsync(buffer); // the request arrives…
                socket.Close(); // …and no response ever comes
            }
        });
        var logs = new LogCapture();
        var api = Client($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/api/", logs);

        Assert.False(await api.PostMessageAsync(Answer, CancellationToken.None));

        Assert.Equal(1, Volatile.Read(ref accepted));
        Assert.Contains(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("may have reached Slack; not retrying", StringComparison.Ordinal));
        listener.Stop();
        await Assert.ThrowsAnyAsync<Exception>(() => server);
    }

    private static SlackApiClient Client(string apiBaseUrl, LogCapture logs, TimeProvider? time = null)
    {
        var options = Options.Create(new SlackOptions { BotToken = "xoxb-" + "test", ApiBaseUrl = apiBaseUrl });
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddHttpClient(SlackApiClient.ApiClient, http => http.BaseAddress = options.Value.ApiBaseUri);
        var provider = services.BuildServiceProvider();
        return new SlackApiClient(
            provider.GetRequiredService<IHttpClientFactory>(), options, time ?? TimeProvider.System, provider.GetRequiredService<ILogger<SlackApiClient>>(), new BotMetrics());
    }

    // A port that refuses connections and stays ours while the socket lives: a freed port could be
    // handed to another test's fake server running in parallel, which would then receive this post.
    private static Socket BoundButNotListening()
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return socket;
    }
}
