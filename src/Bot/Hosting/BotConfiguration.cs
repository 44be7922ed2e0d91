using Microsoft.Extensions.Configuration;

namespace Bot.Hosting;

// Configuration, lowest precedence first: appsettings.json (in the working folder or the
// repository root), user secrets (dotnet user-secrets), environment variables (Knowledge__CorpusPath, or with the
// Bot__ prefix: Bot__Knowledge__CorpusPath), then command-line options. A relative
// corpus or index path that a person typed (--corpus, --index, an environment variable
// or user secret) resolves against the current folder, like any command-line tool's; one written in
// appsettings.json, and the defaults (seeds, index/lucene), resolve against the
// folder of the settings (or the repository), so dotnet run --project src/Bot finds
// seeds/ from anywhere in the repository.
internal static class BotConfiguration
{
    public static IConfigurationRoot Build(string? corpus = null, string? index = null)
    {
        var baseDirectory = BaseDirectory();
        var builder = new ConfigurationBuilder()
            .SetBasePath(baseDirectory)
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false)
            .AddUserSecrets(typeof(BotConfiguration).Assembly, optional: true)
            .AddEnvironmentVariables()
            .AddEnvironmentVariables("Bot__");
        var overrides = new Dictionary<string, string?>();
        if (corpus is not null)
        {
            overrides["Knowledge:CorpusPath"] = Path.GetFullPath(corpus);
        }

        if (index is not null)
        {
            overrides["Knowledge:IndexPath"] = Path.GetFullPath(index);
        }

        var configuration = builder.AddInMemoryCollection(overrides).Build();
        foreach (var key in new[] { "Knowledge:CorpusPath", "Knowledge:IndexPath" })
        {
            var value = configuration[key] ?? (key.EndsWith("CorpusPath", StringComparison.Ordinal) ? "seeds" : "index/lucene");
            configuration[key] = Path.GetFullPath(value, FromSettingsFile(configuration, key) ? baseDirectory : Directory.GetCurrentDirectory());
        }

        return configuration;
    }

    // True when the value comes from appsettings.json or is the default (no provider has it).
    private static bool FromSettingsFile(IConfigurationRoot configuration, string key)
    {
        foreach (var provider in configuration.Providers.Reverse())
        {
            if (provider.TryGet(key, out _))
            {
                return provider is Microsoft.Extensions.Configuration.Json.JsonConfigurationProvider { Source.Path: "appsettings.json" };
            }
        }

        return true;
    }

    // The working folder if it has settings or a corpus; otherwise the repository this program was built from.
    private static string BaseDirectory()
    {
        var cwd = Directory.GetCurrentDirectory();
        if (File.Exists(Path.Combine(cwd, "appsettings.json")) || Directory.Exists(Path.Combine(cwd, "seeds")))
        {
            return cwd;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        return cwd;
    }
}
