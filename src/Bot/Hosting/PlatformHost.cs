using Bot.Chat;
using Bot.Chat.Metrics;
using Bot.Knowledge;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;

namespace Bot.Hosting;

// The bot connected to its chat platforms: one process, one Kestrel listener (Http:Urls)
// for the HTTP endpoints and /healthz, the index checked before any adapter starts.
internal static class PlatformHost
{
    public static bool AnyConfigured(IConfiguration configuration) =>
        AdapterRegistration.SlackConfigured(configuration) || AdapterRegistration.DiscordConfigured(configuration);

    public static WebApplication Build(IConfiguration configuration, string[]? args = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args ?? [] });
        builder.Configuration.AddConfiguration(configuration);
        ConsoleLogging.Configure(builder.Logging, configuration);
        QuietDefaults(builder.Logging, configuration);
        builder.Services.AddOptions<HttpOptions>().BindConfiguration(HttpOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.WebHost.UseUrls((configuration["Http:Urls"] ?? new HttpOptions().Urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Services.AddKnowledge();
        builder.Services.AddChat();
        builder.Services.AddHostedService<IndexStartupService>(); // before the adapters: hosted services start in order
        builder.Services.AddHostedService<CorpusWatchService>();
        AdapterRegistration.Add(builder.Services, configuration);

        // System.Diagnostics.Metrics "Bot" (readable with dotnet-counters as is), exported in the
        // Prometheus text format on /metrics beside /healthz.
        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(BotMetrics.MeterName).AddPrometheusExporter());

        var app = builder.Build();
        app.UseBadRequestAnswers();
        app.MapHealth();
        app.MapPrometheusScrapingEndpoint("/metrics");
        AdapterRegistration.Map(app, configuration);
        return app;
    }

    // Without an appsettings.json (the environment-variables-only setup), ASP.NET Core would write
    // several Information lines per HTTP request; its warnings and errors are what an operator needs.
    // A level set in configuration for the category, or a Default level, wins.
    private static void QuietDefaults(ILoggingBuilder logging, IConfiguration configuration)
    {
        var levels = configuration.GetSection("Logging:LogLevel");
        if (levels["Default"] is null && levels["Microsoft.AspNetCore"] is null)
        {
            logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        }
    }
}
