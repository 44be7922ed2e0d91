using Bot.Chat;
using Bot.Knowledge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Hosting;

/// <summary>
/// The bot connected to its chat platforms: one process, one Kestrel listener (<c>Http:Urls</c>)
/// for the HTTP endpoints and <c>/healthz</c>, the index checked before any adapter starts.
/// </summary>
internal static class PlatformHost
{
    public static bool AnyConfigured(IConfiguration configuration) =>
        AdapterRegistration.SlackConfigured(configuration) || AdapterRegistration.DiscordConfigured(configuration);

    public static WebApplication Build(IConfiguration configuration, string[]? args = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [] });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.WebHost.UseUrls((configuration["Http:Urls"] ?? new HttpOptions().Urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Services.AddKnowledge();
        builder.Services.AddChat();
        builder.Services.AddHostedService<IndexStartupService>(); // before the adapters: hosted services start in order
        AdapterRegistration.Add(builder.Services, configuration);

        var app = builder.Build();
        app.MapHealth();
        AdapterRegistration.Map(app, configuration);
        return app;
    }
}
