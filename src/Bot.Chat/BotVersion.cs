using System.Reflection;

namespace Bot.Chat;

// The bot's version, for User-Agent headers and bot --version.
public static class BotVersion
{
    // The informational version without its source-revision suffix ("1.0.0", not "1.0.0+abc123").
    public static string Number { get; } =
        (typeof(BotVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0").Split('+')[0];

    // Names the bot and its version to a platform (Slack's SDKs all send one, e.g. "Python/3.12
    // slackclient/3.33"), so its operators can tell this client's traffic apart.
    public static string UserAgent { get; } = $"Bot/{Number} (Discord and Slack answers from documents) dotnet/{Environment.Version}";
}
