using Bot.Chat.Configuration;
using Bot.Chat.Conversations;
using Bot.Chat;
using Bot.Slack.Conversations;
using Bot.Slack.Http;
using Bot.Slack.SocketMode;
using Bot.Slack.WebApi;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Slack;

public static class SlackServiceCollectionExtensions
{
    // Slack is on when a bot token is configured (Slack:BotToken).
    public static bool IsSlackConfigured(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[SlackOptions.Section + ":" + nameof(SlackOptions.BotToken)]);

    // Registers the Slack adapter: options (validated at start), the Web API client, the hosted
    // service (auth.test, Socket Mode when Slack:AppToken is set) and its IAdapterStatus.
    // Needs AddKnowledge() and AddChat().
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SlackOptions.Section);
        services.AddOptions<SlackOptions>()
            .Bind(section)
            .Configure(o => o.AdminUserIds = IdList.Read(section.GetSection(nameof(SlackOptions.AdminUserIds))))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Bot.Chat.Metrics.BotMetrics>(); // AddChat registers the same one

        services.AddHttpClient(SlackApiClient.ApiClient, (sp, http) =>
        {
            http.BaseAddress = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUri;
            http.Timeout = TimeSpan.FromSeconds(30);
            http.DefaultRequestHeaders.UserAgent.ParseAdd(BotVersion.UserAgent);
        });

        // A response_url lets anyone holding it post to the channel for 30 minutes: keep it out of the
        // logs, which the factory's default handlers would write it to.
        services.AddHttpClient(SlackApiClient.ResponseUrlClient, http =>
        {
            http.Timeout = TimeSpan.FromSeconds(30);
            http.DefaultRequestHeaders.UserAgent.ParseAdd(BotVersion.UserAgent);
        }).RemoveAllLoggers();

        services.AddSingleton<SlackApiClient>();
        services.AddSingleton<SlackStatus>();
        services.AddSingleton<IAdapterStatus>(sp => sp.GetRequiredService<SlackStatus>());
        services.AddSingleton<SlackIdentity>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<SlashCommandHandler>();
        services.AddSingleton<FeedbackHandler>();
        services.AddSingleton<SlackInbox>();
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<EventsEndpoint>();
        services.AddSingleton<CommandsEndpoint>();
        services.AddSingleton<InteractivityEndpoint>();
        services.AddSingleton<SocketModeClient>();
        services.AddHostedService<SlackService>();
        return services;
    }

    // Maps POST /slack/events, POST /slack/commands and POST /slack/interactivity when Slack:SigningSecret is set;
    // maps nothing otherwise (Socket Mode only, or Slack not configured).
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        // Read the setting itself: validating the options is ValidateOnStart's job, with its one clear message.
        var configuration = endpoints.ServiceProvider.GetService<IConfiguration>();
        if (endpoints.ServiceProvider.GetService<EventsEndpoint>() is null
            || string.IsNullOrWhiteSpace(configuration?[SlackOptions.Section + ":" + nameof(SlackOptions.SigningSecret)]))
        {
            return endpoints;
        }

        endpoints.MapPost("/slack/events", context => context.RequestServices.GetRequiredService<EventsEndpoint>().HandleAsync(context));
        endpoints.MapPost("/slack/commands", context => context.RequestServices.GetRequiredService<CommandsEndpoint>().HandleAsync(context));
        endpoints.MapPost("/slack/interactivity", context => context.RequestServices.GetRequiredService<InteractivityEndpoint>().HandleAsync(context));
        return endpoints;
    }
}
