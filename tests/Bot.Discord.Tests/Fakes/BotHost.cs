using Bot.Chat;
using Bot.Chat.Conversations;
using Bot.Knowledge;
using Bot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Fakes;

// The bot as the host runs it: a WebApplication on 127.0.0.1:0 with AddKnowledge + AddChat +
// AddDiscord + MapDiscord, configured in memory against the seeded index and the fake Discord.
internal sealed class BotHost : IAsyncDisposable
{
    private BotHost(WebApplication app, LogCapture logs)
    {
        App = app;
        Logs = logs;
    }

    public WebApplication App { get; }

    public LogCapture Logs { get; }

    public string BaseUrl { get; private set; } = "";

    public string InteractionsUrl => BaseUrl + "/discord/interactions";

    public DiscordStatus Status => App.Services.GetRequiredService<DiscordStatus>();

    public Task WaitUntilIdleAsync() => WaitUntilIdleAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token);

    // The positive signal a "nothing else happens" test waits for: every answer the bot queued has
    // finished, so anything it was going to send has reached the fake.
    public async Task WaitUntilIdleAsync(CancellationToken cancellationToken)
    {
        var pipeline = App.Services.GetRequiredService<AnswerPipeline>();
        while (pipeline.Pending > 0)
        {
            await Task.Delay(10, cancellationToken);
        }
    }

    // Gateway mode (token) by default; settings adds or overrides Discord:* keys (null removes one).
    // time: The bot's clock instead of the system's, e.g. frozen at the derived fixture's signature timestamp.
    public static async Task<BotHost> StartAsync(FakeDiscord discord, SeededKnowledge knowledge, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var values = new Dictionary<string, string?>(knowledge.Configuration)
        {
            ["Discord:Token"] = FakeDiscord.Token,
            ["Discord:ApplicationId"] = FakeDiscord.ApplicationId,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:GatewayUrl"] = discord.GatewayUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear(); // before UseUrls, which is stored in configuration
        builder.Configuration.AddInMemoryCollection(values.Where(v => v.Value is not null));
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new LogCapture();
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);
        builder.Services.AddKnowledge();
        builder.Services.AddChat();
        builder.Services.AddDiscord(builder.Configuration);
        if (time is not null)
        {
            builder.Services.RemoveAll<TimeProvider>();
            builder.Services.AddSingleton(time);
        }

        var app = builder.Build();
        app.MapDiscord();
        var host = new BotHost(app, logs);
        await app.StartAsync();
        host.BaseUrl = app.Urls.First().TrimEnd('/');
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await App.StopAsync(timeout.Token);
        await App.DisposeAsync();
    }
}
