using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Bot.Hosting;

// Console logs, every level on stderr (stdout carries answers in the CLI). The format is
// Logging:Console:FormatterName (simple, json, systemd) with its
// Logging:Console:FormatterOptions; without one, the simple formatter on single lines.
internal static class ConsoleLogging
{
    public static void Configure(ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.AddConfiguration(configuration.GetSection("Logging"));

        // Chosen here by name, explicitly: a hard-coded AddSimpleConsole made
        // Logging:Console:FormatterName=json do nothing, since its choice overrides configuration.
        switch (configuration["Logging:Console:FormatterName"]?.Trim().ToLowerInvariant())
        {
            case "json":
                logging.AddJsonConsole();
                break;
            case "systemd":
                logging.AddSystemdConsole();
                break;
            default:
                logging.AddSimpleConsole(o => o.SingleLine = configuration.GetValue("Logging:Console:FormatterOptions:SingleLine", true));
                break;
        }

        logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
