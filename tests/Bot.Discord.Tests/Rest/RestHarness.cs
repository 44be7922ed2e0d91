using Bot.Discord.Rest;
using Bot.Discord.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Rest;

// The REST client exactly as AddDiscord registers it, pointed at the fake Discord, without a host.
internal sealed class RestHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public RestHarness(FakeDiscord discord)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = FakeDiscord.Token,
            ["Discord:ApplicationId"] = FakeDiscord.ApplicationId,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
        }).Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs))
            .AddDiscord(configuration)
            .BuildServiceProvider();
        Client = _services.GetRequiredService<DiscordRestClient>();
    }

    public LogCapture Logs { get; } = new();

    public DiscordRestClient Client { get; }

    public void Dispose() => _services.Dispose();
}
