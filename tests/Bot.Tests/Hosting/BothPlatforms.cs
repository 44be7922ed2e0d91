using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Bot.Testing;
using DiscordFakes = Bot.Testing.Discord;
using SlackFakes = Bot.Testing.Slack;

namespace Bot.Tests.Hosting;

// The real bot process with Slack (Socket Mode and HTTP) and Discord (gateway and HTTP
// interactions) configured at once through environment variables, against the adapters' loopback
// fakes, on a copy of seeds/. Started, it has been greeted by both: Slack's hello on the socket,
// Discord's HELLO → IDENTIFY → READY, and /healthz says both are connected.
internal sealed class BothPlatforms : IAsyncDisposable
{
    public const string Question = "How much did Turkey pay for the S-400?";
    public const string Answer = "$2.5 billion";

    // The bound on every wait: far beyond what a healthy bot needs on loopback, short of a hung test run.
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);

    private readonly TempFolder _folder = new();
    private readonly HttpClient _http = new() { Timeout = WaitLimit };
    private long _sequence = 1;

    private BothPlatforms(SlackFakes.FakeSlack slack, DiscordFakes.FakeDiscord discord)
    {
        Slack = slack;
        Discord = discord;
    }

    // Made up per run: a leak is then found by searching the output for exactly these strings.
    public string SlackBotToken { get; } = "xoxb-" + "host-bot-" + Guid.NewGuid().ToString("N");

    public string SlackAppToken { get; } = "xapp-" + "host-app-" + Guid.NewGuid().ToString("N");

    public string SlackSigningSecret { get; } = "host-signing-" + Guid.NewGuid().ToString("N");

    public string DiscordToken { get; } = "MTAwMDAwMDAwMDAwMDAwMDAw.HOST00." + Guid.NewGuid().ToString("N");

    public IReadOnlyDictionary<string, string> Secrets => new Dictionary<string, string>
    {
        ["Slack:BotToken"] = SlackBotToken,
        ["Slack:AppToken"] = SlackAppToken,
        ["Slack:SigningSecret"] = SlackSigningSecret,
        ["Discord:Token"] = DiscordToken,
    };

    public SlackFakes.FakeSlack Slack { get; }

    public DiscordFakes.FakeDiscord Discord { get; }

    public RunningBot Bot { get; private set; } = null!;

    // Where the bot listens (Http:Urls): /healthz, /slack/*, /discord/interactions.
    public Uri BotUri { get; private set; } = null!;

    public SlackFakes.FakeSocket SlackSocket { get; private set; } = null!;

    public DiscordFakes.FakeGatewayConnection Gateway { get; private set; } = null!;

    // What the bot sent after HELLO.
    public JsonNode Identify { get; private set; } = null!;

    // logLevel: Logging:LogLevel:Default for the bot process.
    public static async Task<BothPlatforms> StartAsync(string logLevel = "Information")
    {
        using var starting = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var slack = await SlackFakes.FakeSlack.StartAsync(starting.Token);
        var session = new BothPlatforms(slack, await DiscordFakes.FakeDiscord.StartAsync());
        try
        {
            await session.StartBotAsync(logLevel);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    // Waits for wait, at most WaitLimit and not a moment after the bot
    // exits; failing, says what never happened and shows the bot's output.
    public async Task<T> WithinLimitAsync<T>(Func<CancellationToken, Task<T>> wait, string what)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Bot.Exited);
        timeout.CancelAfter(WaitLimit);
        try
        {
            return await wait(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            var why = Bot.HasExited ? "the bot exited" : $"nothing after {WaitLimit.TotalSeconds} s";
            throw new TimeoutException($"waiting for {what}: {why}\n{Bot.Output}");
        }
    }

    // Polls until probe finds something, within the same bounds.
    public Task<T> WaitForAsync<T>(Func<T?> probe, string what)
        where T : class => WaitForAsync(_ => Task.FromResult(probe()), what);

    public Task<T> WaitForAsync<T>(Func<CancellationToken, Task<T?>> probe, string what)
        where T : class => WithinLimitAsync(async ct =>
        {
            while (true)
            {
                if (await probe(ct) is { } found)
                {
                    return found;
                }

                await Task.Delay(20, ct);
            }
        }, what);

    // Polls /healthz until match holds for its JSON body.
    public Task<JsonNode> WaitForHealthAsync(Func<JsonNode, bool> match, string what) =>
        WaitForAsync(async ct => await HealthAsync(ct) is { } body && match(body) ? body : null, what);

    public static bool IsConnected(JsonNode? state) => state?.ToString().StartsWith("connected", StringComparison.Ordinal) == true;

    public Task<DiscordFakes.RecordedRequest> WaitForDiscordAsync(string method, string path, string what) =>
        WaitForAsync(() => Discord.Requests.FirstOrDefault(r => r.Method == method && r.Path == path), what);

    public Task<SlackFakes.RecordedRequest> WaitForSlackAsync(string method, Func<SlackFakes.RecordedRequest, bool> match, string what) =>
        WaitForAsync(() => Slack.Calls(method).FirstOrDefault(match), what);

    // An INTERACTION_CREATE over the gateway: the docs' /cardsearch example turned into /ask.
    public Task SendAskOverGatewayAsync(string interactionId, string interactionToken) =>
        Gateway.SendDispatchAsync("INTERACTION_CREATE", Interlocked.Increment(ref _sequence), DiscordFakes.Payloads.Command("ask", Question, token: interactionToken, id: interactionId));

    // An events_api envelope over Socket Mode: the SDK's app_mention fixture asking Question.
    // ts: The message's ts, which the answer's thread_ts must name.
    public Task SendMentionOverSocketModeAsync(string envelopeId, string eventId, string ts) =>
        WithinLimitAsync(async ct =>
        {
            await SlackSocket.SendAsync(SlackFakes.Payloads.MentionEnvelope(Slack.BotUserId, Question, envelopeId, eventId: eventId, ts: ts), ct);
            return envelopeId;
        }, "sending an envelope");

    // Slack's real slash-command bytes as /ask, with its response_url moved from hooks.slack.com to
    // the fake (same path, CommandResponsePath), since a separate process cannot be given a DNS stand-in.
    public string AskCommandForm() =>
        SlackFakes.Fixture.With(
            SlackFakes.Payloads.Command("/ask", Question),
            "response_url=https%3A%2F%2Fhooks.slack.com", "response_url=" + Uri.EscapeDataString(Slack.BaseUri.GetLeftPart(UriPartial.Authority)));

    // POSTs a form to /slack/commands signed with secret (the configured one unless told otherwise).
    public Task<HttpResponseMessage> PostSlackCommandAsync(string form, string? secret = null) =>
        SlackFakes.SignedSender.PostAsync(_http, new Uri(BotUri, "slack/commands"), Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded", secret ?? SlackSigningSecret, CancellationToken.None);

    // POSTs to /discord/interactions with exactly these signature headers.
    public async Task<HttpResponseMessage> PostInteractionAsync(byte[] body, string timestamp, string signature)
    {
        using var request = DiscordFakes.InteractionSigner.Request(new Uri(BotUri, "discord/interactions").ToString(), body, timestamp, signature);
        return await _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(BotUri, path));

    // The question log the bot keeps beside its index (Log:Path's default).
    public string QuestionLogPath => _folder.File("index/questions.sqlite");

    public async ValueTask DisposeAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        await Slack.DisposeAsync();
        await Discord.DisposeAsync();
        _http.Dispose();
        _folder.Dispose();
    }

    private async Task StartBotAsync(string logLevel)
    {
        BotUri = new Uri($"http://127.0.0.1:{FreeLoopbackPort().ToString(CultureInfo.InvariantCulture)}/");
        Bot = RunningBot.Start(new Dictionary<string, string>
        {
            ["Http__Urls"] = BotUri.GetLeftPart(UriPartial.Authority),
            ["Knowledge__CorpusPath"] = _folder.CopySeeds(),
            ["Knowledge__IndexPath"] = _folder.File("index/lucene"),
            ["Logging__LogLevel__Default"] = logLevel,
            ["Slack__BotToken"] = SlackBotToken,
            ["Slack__AppToken"] = SlackAppToken,
            ["Slack__SigningSecret"] = SlackSigningSecret,
            ["Slack__ApiBaseUrl"] = Slack.ApiBaseUrl,
            ["Discord__Token"] = DiscordToken,
            ["Discord__ApplicationId"] = DiscordFakes.FakeDiscord.ApplicationId,
            ["Discord__PublicKey"] = DiscordFakes.InteractionSigner.PublicKeyHex,
            ["Discord__ApiBaseUrl"] = Discord.ApiBaseUrl,
            ["Discord__GatewayUrl"] = Discord.GatewayUrl,
        });
        Gateway = await WithinLimitAsync(Discord.AcceptAsync, "the bot's gateway connection");
        await Gateway.SendHelloAsync(heartbeatIntervalMs: 30_000);
        Identify = await WithinLimitAsync(Gateway.ReceiveAsync, "IDENTIFY");
        await Gateway.SendReadyAsync(1, "host-session", Discord.ResumeUrl);
        SlackSocket = await WithinLimitAsync(ct => Slack.WaitForSocketAsync(1, ct), "the bot's Socket Mode connection");
        await WaitForHealthAsync(h => IsConnected(h["adapters"]?["slack"]) && IsConnected(h["adapters"]?["discord"]), "/healthz to report both adapters connected");
    }

    // The /healthz body, or null while the bot is not listening yet.
    private async Task<JsonNode?> HealthAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(new Uri(BotUri, "healthz"), cancellationToken);
            return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    // A port nothing listens on right now, for Http:Urls (Kestrel in another process cannot report a :0 port back).
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
