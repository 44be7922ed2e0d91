using System.Text;
using Bot.Chat;
using Bot.Chat.Conversations;
using Bot.Knowledge;
using Bot.Slack.WebApi;
using Bot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Tests.Fakes;

// The whole thing on loopback: a real seeded index, the fake Slack, and the bot as the host builds
// it (AddKnowledge + AddChat + AddSlack + MapSlack on Kestrel at 127.0.0.1:0), with every log line captured.
internal sealed class SlackHarness : IAsyncDisposable
{
    // Made up at run time (never a token-shaped literal in the repository), distinctive enough to find in a log.
    public static readonly string BotToken = "xoxb-" + "test-bot-" + Guid.NewGuid().ToString("N");
    public static readonly string AppToken = "xapp-" + "test-app-" + Guid.NewGuid().ToString("N");
    public static readonly string SigningSecret = "signing-" + Guid.NewGuid().ToString("N");
    public const string Question = "How much did Turkey pay for the S-400?";

    private readonly CancellationTokenSource _timeout = new(TimeSpan.FromSeconds(20));
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(15) };
    private WebApplication? _bot;

    private SlackHarness(SeededKnowledge knowledge, FakeSlack fake)
    {
        Knowledge = knowledge;
        Fake = fake;
    }

    public SeededKnowledge Knowledge { get; }

    public FakeSlack Fake { get; }

    public LogCapture Logs { get; } = new();

    // Every test is bounded by this (20 s).
    public CancellationToken Timeout => _timeout.Token;

    public IServiceProvider Services => _bot!.Services;

    public Uri BotUri { get; private set; } = null!;

    public IAdapterStatus Status => Services.GetServices<IAdapterStatus>().Single(s => s.Name == "slack");

    public Task WaitUntilIdleAsync() => WaitUntilIdleAsync(Timeout);

    // The positive signal a "nothing else happens" test waits for: every answer the bot queued has
    // finished, so anything it was going to send has reached the fake.
    public async Task WaitUntilIdleAsync(CancellationToken cancellationToken)
    {
        var pipeline = Services.GetRequiredService<AnswerPipeline>();
        while (pipeline.Pending > 0)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    // settings: Extra or overriding configuration (null values remove a key).
    // prepare: Runs before the bot starts: change the corpus, program the fake.
    public static async Task<SlackHarness> StartAsync(
        bool socketMode = true, bool http = true, IReadOnlyDictionary<string, string?>? settings = null,
        TimeProvider? time = null, Func<SlackHarness, Task>? prepare = null)
    {
        var knowledge = new SeededKnowledge();
        var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var harness = new SlackHarness(knowledge, await FakeSlack.StartAsync(timeout.Token));
        timeout.Dispose();
        try
        {
            if (prepare is not null)
            {
                await prepare(harness);
            }

            var config = new Dictionary<string, string?>(knowledge.Configuration)
            {
                ["Slack:BotToken"] = BotToken,
                ["Slack:AppToken"] = socketMode ? AppToken : null,
                ["Slack:SigningSecret"] = http ? SigningSecret : null,
                ["Slack:ApiBaseUrl"] = harness.Fake.ApiBaseUrl,
                ["Chat:RateLimit:Questions"] = "1000",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                config[key] = value;
            }

            await harness.StartBotAsync(config.Where(p => p.Value is not null), time);
            return harness;
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }
    }

    private async Task StartBotAsync(IEnumerable<KeyValuePair<string, string?>> config, TimeProvider? time)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(config);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(Logs).SetMinimumLevel(LogLevel.Trace);
        builder.Services.AddKnowledge();
        builder.Services.AddChat();
        if (time is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(time));
        }

        if (builder.Configuration.IsSlackConfigured())
        {
            builder.Services.AddSlack(builder.Configuration);
            builder.Services.AddHttpClient(SlackApiClient.ResponseUrlClient).ConfigurePrimaryHttpMessageHandler(() => new ToFakeHandler(Fake.BaseUri));
        }

        _bot = builder.Build();
        _bot.MapSlack();
        await _bot.StartAsync(Timeout);
        BotUri = new Uri(_bot.Urls.First() + "/");
    }

    // POSTs a JSON body to /slack/events, signed now with the configured secret unless told otherwise.
    public Task<HttpResponseMessage> PostEventAsync(string json, long? timestamp = null, string? signature = null, IReadOnlyDictionary<string, string>? headers = null) =>
        SignedSender.PostAsync(_http, new Uri(BotUri, "slack/events"), Encoding.UTF8.GetBytes(json), "application/json", SigningSecret, Timeout, timestamp, signature, headers);

    // POSTs a form body to /slack/commands, signed now with the configured secret unless told otherwise.
    public Task<HttpResponseMessage> PostCommandAsync(string form, long? timestamp = null, string? signature = null) =>
        SignedSender.PostAsync(_http, new Uri(BotUri, "slack/commands"), Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded", SigningSecret, Timeout, timestamp, signature);

    // POSTs a form body (payload=…) to /slack/interactivity, signed now with the configured secret unless told otherwise.
    public Task<HttpResponseMessage> PostInteractionAsync(string form, long? timestamp = null, string? signature = null) =>
        SignedSender.PostAsync(_http, new Uri(BotUri, "slack/interactivity"), Encoding.UTF8.GetBytes(form), "application/x-www-form-urlencoded", SigningSecret, Timeout, timestamp, signature);

    // The question log's store (the log is on by default, in the temp index folder).
    public Bot.Chat.Questions.QuestionLogStore LogStore => Services.GetRequiredService<Bot.Chat.Questions.QuestionLog>().Store!;

    // Waits until the votes on answerId satisfy done (the log is written off the answer path).
    public async Task<IReadOnlyList<(string UserKey, Bot.Chat.Questions.Vote Vote)>> WaitForVotesAsync(string answerId, Func<IReadOnlyList<(string UserKey, Bot.Chat.Questions.Vote Vote)>, bool> done)
    {
        while (true)
        {
            IReadOnlyList<(string UserKey, Bot.Chat.Questions.Vote Vote)> votes;
            try
            {
                votes = LogStore.Votes(answerId);
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                votes = []; // the writer has not created the file yet
            }

            if (done(votes))
            {
                return votes;
            }

            await Task.Delay(20, Timeout);
        }
    }

    // The answer id the 👍/👎 buttons of a posted answer carry, or null when it has none.
    public static string? AnswerId(RecordedRequest post) =>
        post.Json["blocks"]?.AsArray().LastOrDefault(b => b?["type"]?.ToString() == "actions")?["elements"]?[0]?["value"]?.ToString();

    public Task<HttpResponseMessage> PostRawCommandAsync(byte[] body, long timestamp, string signature) =>
        SignedSender.PostAsync(_http, new Uri(BotUri, "slack/commands"), body, "application/x-www-form-urlencoded", SigningSecret, Timeout, timestamp, signature);

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(new Uri(BotUri, path), Timeout);

    // Waits until the adapter reports a state containing text.
    public async Task WaitForStateAsync(string text)
    {
        while (!Status.State.Contains(text, StringComparison.Ordinal))
        {
            await Task.Delay(20, Timeout);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _bot.StopAsync(stop.Token);
            }
            catch (OperationCanceledException)
            {
            }

            await _bot.DisposeAsync();
        }

        await Fake.DisposeAsync();
        Knowledge.Dispose();
        _http.Dispose();
        _timeout.Dispose();
    }
}
