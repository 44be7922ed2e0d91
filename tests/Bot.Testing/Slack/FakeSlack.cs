using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Testing.Slack;

// Slack, faked at the wire on 127.0.0.1: the Web API (POST /api/{method}, answering with our own
// payloads written from the docs, see Payloads), Socket Mode (apps.connections.open hands out a
// ws:// URL to /link/, which greets with a hello), and response_url targets (any other POST).
// Every answer can be swapped for a verbatim ../shared fixture by a conformance test.
internal sealed class FakeSlack : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<FakeSocket> _sockets = new();

    // The User-Agent of the latest Socket Mode WebSocket upgrade.
    public string? SocketUserAgent { get; private set; }
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private long _sequence;
    private int _connections;

    private FakeSlack(WebApplication app) => _app = app;

    public Uri BaseUri { get; private set; } = null!;

    public string ApiBaseUrl => new Uri(BaseUri, "api/").ToString();

    // What auth.test answers: by default AuthTestOk (user_id BotUserId).
    public string AuthTest { get; set; } = Payloads.AuthTestOk;

    // What chat.postMessage answers.
    public string PostMessage { get; set; } = Payloads.PostMessageOk;

    // What chat.postEphemeral answers.
    public string PostEphemeral { get; set; } = Payloads.PostEphemeralOk;

    // What apps.connections.open answers to an app token, with its url replaced by this fake's.
    public string ConnectionsOpen { get; set; } = Payloads.ConnectionsOpenOk;

    // The greeting on each new Socket Mode connection.
    public string Hello { get; set; } = Payloads.Hello;

    // The bot's user id, as the fake's auth.test reports it.
    public string BotUserId => JsonNode.Parse(AuthTest)?["user_id"]?.ToString() ?? "";

    // Lets a test answer the nth call (1-based) of a method its own way, e.g. a 429; null means the
    // normal answer.
    public Func<string, int, IResult?>? Intercept { get; set; }

    // While set, response_url posts are recorded at once but not answered until it completes.
    public Task? ResponseUrlGate { get; set; }

    public int ConnectionsOpened => _connections;

    public IReadOnlyList<RecordedRequest> Requests => _requests.OrderBy(r => r.Sequence).ToArray();

    public IReadOnlyList<RecordedRequest> Calls(string method) => Requests.Where(r => r.Method == method).ToArray();

    public static async Task<FakeSlack> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeSlack(app);
        app.UseWebSockets();
        app.Use(fake.SocketModeAsync);
        app.MapPost("/api/{method}", fake.WebApiAsync);
        app.MapPost("/{**path}", fake.ResponseUrlAsync);
        await app.StartAsync(cancellationToken);
        fake.BaseUri = new Uri(app.Urls.First() + "/");
        return fake;
    }

    public async Task<RecordedRequest> WaitForAsync(string method, CancellationToken cancellationToken, Func<RecordedRequest, bool>? match = null)
    {
        while (true)
        {
            if (Calls(method).FirstOrDefault(r => match?.Invoke(r) ?? true) is { } found)
            {
                return found;
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    // The nth Socket Mode connection (1-based), once the bot has opened it and been greeted.
    public async Task<FakeSocket> WaitForSocketAsync(int number, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (_sockets.FirstOrDefault(s => s.Number == number) is { } socket)
            {
                return socket;
            }

            await Task.Delay(20, cancellationToken);
        }
    }

    private async Task WebApiAsync(HttpContext context, string method)
    {
        var request = await RecordAsync(context, method);
        var nth = _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        if (Intercept?.Invoke(method, nth) is { } custom)
        {
            await custom.ExecuteAsync(context);
            return;
        }

        var body = method switch
        {
            "auth.test" => AuthTest,
            "apps.connections.open" => OpenConnection(request),
            "chat.postMessage" => PostMessage,
            "chat.postEphemeral" => PostEphemeral,
            "reactions.add" or "reactions.remove" => """{"ok": true}""",
            _ => """{"ok": false, "error": "unknown_method"}""",
        };
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(body);
    }

    // ConnectionsOpen, pointing at this fake instead of wss://…slack.com.
    private string OpenConnection(RecordedRequest request)
    {
        if (request.Authorization is not { } auth || !auth.StartsWith("Bearer xapp-", StringComparison.Ordinal))
        {
            return """{"ok": false, "error": "invalid_auth"}""";
        }

        var n = Interlocked.Increment(ref _connections);
        var open = JsonNode.Parse(ConnectionsOpen)!;
        open["url"] = new UriBuilder(BaseUri) { Scheme = "ws", Path = "/link/", Query = "ticket=" + n }.Uri.ToString();
        return open.ToJsonString();
    }

    private async Task ResponseUrlAsync(HttpContext context)
    {
        await RecordAsync(context, "response_url");
        if (ResponseUrlGate is { } gate)
        {
            await gate.WaitAsync(_stopping.Token);
        }

        await context.Response.WriteAsync("ok");
    }

    private async Task SocketModeAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.WebSockets.IsWebSocketRequest || !context.Request.Path.StartsWithSegments("/link"))
        {
            await next(context);
            return;
        }

        var ticket = int.Parse(context.Request.Query["ticket"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
        SocketUserAgent = context.Request.Headers.UserAgent.ToString();
        using var webSocket = await context.WebSockets.AcceptWebSocketAsync();
        var socket = new FakeSocket(webSocket, ticket);
        await socket.SendAsync(Hello, _stopping.Token);
        _sockets.Enqueue(socket);
        await socket.RunAsync(_stopping.Token);
    }

    private async Task<RecordedRequest> RecordAsync(HttpContext context, string method)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        WireRecorder.Record("slack-http " + method, body);
        var request = new RecordedRequest(
            Interlocked.Increment(ref _sequence), method, context.Request.Host.Host, context.Request.Path.Value ?? "",
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null,
            body, DateTimeOffset.UtcNow, Stopwatch.GetTimestamp(),
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase));
        _requests.Enqueue(request);
        return request;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _app.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }

        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
