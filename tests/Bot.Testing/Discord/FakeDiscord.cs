using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Testing.Discord;

// A loopback Discord: REST under /api/v10 (recording every request and answering from the
// documented shapes) and the gateway as a WebSocket at /gateway (first connections) and /resume
// (the resume_gateway_url it hands out in READY).
internal sealed class FakeDiscord : IAsyncDisposable
{
    public const string ApplicationId = "775799577604522054";
    public const string BotUserId = "1111111111111111111";
    public const string Token = "MTAwMDAwMDAwMDAwMDAwMDAw.FAKE00.do-not-log-this-token-7Qx";

    private readonly WebApplication _app;
    private readonly List<RecordedRequest> _requests = [];
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly CancellationTokenSource _stopping = new();
    private int _connectionCount;
    private long _nextMessageId = 1300000000000000001;

    private FakeDiscord(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string ApiBaseUrl => BaseUrl + "/api/v10";

    public string GatewayUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";

    public string ResumeUrl => BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";

    public int ConnectionCount => Volatile.Read(ref _connectionCount);

    // Overrides the answer to a request; return null for the default.
    public Func<RecordedRequest, FakeResponse?>? Respond { get; set; }

    // The GET /gateway/bot body: our own (GatewayBot) unless a test changes it.
    public string GatewayBotBody { get; set; } = Payloads.GatewayBot;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        app.UseWebSockets();
        app.Map("/gateway", fake.AcceptGatewayAsync);
        app.Map("/resume", fake.AcceptGatewayAsync);
        app.Map("/api/v10/{**path}", fake.HandleRestAsync);
        await app.StartAsync();
        fake.BaseUrl = app.Urls.First().TrimEnd('/');
        return fake;
    }

    // The next gateway connection the bot opens.
    public async Task<FakeGatewayConnection> AcceptAsync(CancellationToken cancellationToken) =>
        await _connections.Reader.ReadAsync(cancellationToken);

    // Waits until a request matching match has arrived.
    public Task<RecordedRequest> WaitForRequestAsync(Func<RecordedRequest, bool> match, string what, TimeSpan? timeout = null) =>
        Wait.ForAsync(() => Requests.FirstOrDefault(match), what, timeout);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task AcceptGatewayAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var ack = Encoding.UTF8.GetBytes(Payloads.HeartbeatAck().ToJsonString());
        var connection = new FakeGatewayConnection(socket, context.Request.Path, context.Request.QueryString.Value ?? "", ack) { UserAgent = context.Request.Headers.UserAgent.ToString() };
        Interlocked.Increment(ref _connectionCount);
        await _connections.Writer.WriteAsync(connection);
        await connection.RunAsync(_stopping.Token);
    }

    private async Task HandleRestAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var path = context.Request.Path.Value!["/api/v10".Length..];
        WireRecorder.Record("discord-rest " + context.Request.Method + " " + path, System.Text.Encoding.UTF8.GetString(body.ToArray()));
        var request = new RecordedRequest(context.Request.Method, path, headers, body.ToArray(), DateTimeOffset.UtcNow);
        lock (_requests)
        {
            _requests.Add(request);
        }

        var response = Respond?.Invoke(request) ?? Default(request);
        if (response.Delay > TimeSpan.Zero)
        {
            await Task.Delay(response.Delay, context.RequestAborted);
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType ??= "application/json";
            await context.Response.Body.WriteAsync(response.Bytes);
        }
    }

    private FakeResponse Default(RecordedRequest request) => (request.Method, request.Path) switch
    {
        ("GET", "/gateway/bot") => new FakeResponse(200, GatewayBotBody),
        ("PUT", _) => new FakeResponse(200, request.Text),
        ("POST", var p) when p.EndsWith("/callback", StringComparison.Ordinal) => new FakeResponse(204),
        ("DELETE", _) => new FakeResponse(204),
        ("POST", var p) when p.StartsWith("/channels/", StringComparison.Ordinal) && p.EndsWith("/threads", StringComparison.Ordinal) => StartedThread(p, request),
        ("POST", var p) when p.StartsWith("/channels/", StringComparison.Ordinal) => new FakeResponse(200, new JsonObject { ["id"] = NextMessageId(), ["channel_id"] = p.Split('/')[2], ["type"] = 0 }.ToJsonString()),
        _ => new FakeResponse(200, new JsonObject { ["id"] = NextMessageId() }.ToJsonString()),
    };

    // Every message the bot creates gets its own id, as on Discord, so its answers can be told apart.
    private string NextMessageId() => Interlocked.Increment(ref _nextMessageId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // POST /channels/{channel}/messages/{message}/threads: the thread channel (type 11, public), whose id is the message's (https://discord.com/developers/docs/topics/threads).
    private static FakeResponse StartedThread(string path, RecordedRequest request)
    {
        var parts = path.Split('/');
        return new FakeResponse(201, new JsonObject
        {
            ["id"] = parts[4],
            ["guild_id"] = Payloads.GuildId,
            ["parent_id"] = parts[2],
            ["name"] = (string?)request.Json?["name"],
            ["type"] = 11,
            ["thread_metadata"] = new JsonObject { ["archived"] = false, ["auto_archive_duration"] = 1440, ["archive_timestamp"] = "2024-03-01T12:00:00.000000+00:00", ["locked"] = false },
        }.ToJsonString());
    }

    // A copy of a MESSAGE_CREATE/INTERACTION_CREATE payload, for tests to send again or edit.
    public static JsonNode Clone(JsonNode node) => JsonNode.Parse(node.ToJsonString())!;
}
