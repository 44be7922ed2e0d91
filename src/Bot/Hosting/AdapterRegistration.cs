using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Hosting;

/// <summary>Which adapters run: each one that is configured.</summary>
internal static class AdapterRegistration
{
    public static bool SlackConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration["Slack:BotToken"]);

    public static bool DiscordConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Discord:Token"]) || !string.IsNullOrWhiteSpace(configuration["Discord:PublicKey"]);

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        _ = services;
        _ = configuration;
    }

    public static void Map(IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        _ = endpoints;
        _ = configuration;
    }
}
