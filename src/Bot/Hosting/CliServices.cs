using Bot.Chat;
using Bot.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

// The services a CLI verb needs, with logs on stderr so stdout carries only answers.
internal static class CliServices
{
    // validateOnBuild:
    // Checks every registration can be constructed: about 13 ms of every CLI call, so left to a test
    // (the registrations are the same on every run).
    public static ServiceProvider Build(IConfiguration configuration, LogLevel minimumLevel = LogLevel.Warning, bool validateOnBuild = false)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(minimumLevel);
            ConsoleLogging.Configure(logging, configuration);
        });
        services.AddKnowledge();
        services.AddChat();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = validateOnBuild });
        ValidateOptions(provider);
        return provider;
    }

    // ValidateOnStart only runs inside a host; the CLI checks the same options up front.
    private static void ValidateOptions(IServiceProvider provider)
    {
        _ = provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        _ = provider.GetRequiredService<IOptions<Chat.Limits.RateLimitOptions>>().Value;
        _ = provider.GetRequiredService<IOptions<Chat.Questions.LogOptions>>().Value;
    }
}
