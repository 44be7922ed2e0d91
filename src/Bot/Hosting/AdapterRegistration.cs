using Bot.Discord;
using Bot.Slack;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Hosting;

// Which adapters run: each one that is configured. Both may run in one process, sharing one listener.
internal static class AdapterRegistration
{
    public static bool SlackConfigured(IConfiguration configuration) => configuration.IsSlackConfigured();

    public static bool DiscordConfigured(IConfiguration configuration) => configuration.IsDiscordConfigured();

    public static void Add(IServiceCollection services, IConfiguration configuration)
    {
        if (SlackConfigured(configuration))
        {
            services.AddSlack(configuration);
        }

        if (DiscordConfigured(configuration))
        {
            services.AddDiscord(configuration);
        }
    }

    public static void Map(IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (SlackConfigured(configuration))
        {
            endpoints.MapSlack();
        }

        if (DiscordConfigured(configuration))
        {
            endpoints.MapDiscord();
        }
    }
}
