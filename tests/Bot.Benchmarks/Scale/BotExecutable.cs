using Bot.Benchmarks.Corpora;

namespace Bot.Benchmarks.Scale;

/// <summary>The bot as users run it: src/Bot built in Release, <c>bot.dll</c>.</summary>
internal static class BotExecutable
{
    /// <summary>Builds src/Bot (incremental, quick when current) and returns bot.dll, or null with the reason when there is none.</summary>
    public static async Task<(string? Dll, string? Problem)> EnsureAsync()
    {
        var project = Path.Combine(BenchPaths.RepoRoot, "src", "Bot");
        var dll = Path.Combine(project, "bin", "Release", "net10.0", "bot.dll");
        try
        {
            await Dotnet.RunAsync(BenchPaths.RepoRoot, "build", project, "-c", "Release", "--nologo", "-v", "q");
            return (dll, null);
        }
        catch (InvalidOperationException e)
        {
            // Others edit the repository concurrently: a build that fails now can still leave an earlier bot.dll to measure.
            var problem = "dotnet build src/Bot -c Release failed: " + e.Message.Split('\n')[0];
            return File.Exists(dll) ? (dll, problem + " (measured the previous bot.dll)") : (null, problem);
        }
    }
}
