using Bot.Chat.Configuration;
using Bot.Discord.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Interactions;
using Bot.Discord.Messages;
using Bot.Discord.Rest;
using Bot.Chat.Conversations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Discord;

public static class DiscordServiceCollectionExtensions
{
    // True when Discord:Token (gateway) or Discord:PublicKey (HTTP interactions) is set.
    public static bool IsDiscordConfigured(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.Token)}"])
        || !string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.PublicKey)}"]);

    // Registers the Discord adapter: validated options, the REST client, the interaction core, and
    // (when Discord:Token is set) the gateway and command registration as hosted services.
    // Needs AddKnowledge() and AddChat().
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.Section);
        services.AddOptions<DiscordOptions>()
            .Bind(section)
            .PostConfigure(o =>
            {
                o.GuildIds = IdList.Read(section.GetSection(nameof(DiscordOptions.GuildIds)));
                o.AdminUserIds = IdList.Read(section.GetSection(nameof(DiscordOptions.AdminUserIds)));
                o.AdminRoleIds = IdList.Read(section.GetSection(nameof(DiscordOptions.AdminRoleIds)));
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>();

        // No default request logging: it would write interaction tokens (they are in webhook paths)
        // to the log. DiscordRestClient logs route templates instead.
        services.AddHttpClient(DiscordRestClient.HttpClientName, client =>
        {
            client.Timeout = TimeSpan.FromSeconds(30);

            // https://discord.com/developers/docs/reference: a "DiscordBot ($url, $version)" User-Agent is required.
            client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", DiscordRestClient.UserAgent);
        }).RemoveAllLoggers();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Bot.Chat.Metrics.BotMetrics>(); // AddChat registers the same one
        var hasToken = !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.Token)]);
        services.AddSingleton(new DiscordStatus(hasToken ? "starting" : "http interactions only (no Discord:Token, gateway off)"));
        services.AddSingleton<IAdapterStatus>(sp => sp.GetRequiredService<DiscordStatus>());
        services.AddSingleton<RestRateLimiter>();
        services.AddSingleton<DiscordRestClient>();
        services.AddSingleton<AdminPolicy>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<InteractionSignature>();
        services.AddSingleton<InteractionEndpoint>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<GatewayEventRouter>();
        services.AddSingleton<GatewayClient>();

        if (hasToken)
        {
            services.AddHostedService<CommandRegistrationService>();
            services.AddHostedService<GatewayService>();
        }

        return services;
    }

    // Maps POST /discord/interactions when Discord:PublicKey is set; does nothing otherwise.
    public static IEndpointRouteBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        var provider = endpoints.ServiceProvider;
        if (provider.GetService<InteractionEndpoint>() is not { } endpoint
            || !provider.GetRequiredService<IOptions<DiscordOptions>>().Value.HasPublicKey)
        {
            return endpoints;
        }

        endpoints.MapPost(InteractionEndpoint.Path, (RequestDelegate)endpoint.HandleAsync);
        return endpoints;
    }
}
