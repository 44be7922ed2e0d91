using System.Runtime.InteropServices;
using Bot.Benchmarks.Corpora;

namespace Bot.Benchmarks.Scale;

/// <summary>
/// The bot as users deploy it: src/Bot published in Release with ReadyToRun (precompiled, so a
/// short-lived <c>bot ask</c> does not spend its start-up in the JIT), <c>bot.dll</c>.
/// </summary>
internal static class BotExecutable
{
    /// <summary>Publishes src/Bot (incremental, quick when current) and returns bot.dll, or null with the reason when there is none.</summary>
    public static async Task<(string? Dll, string? Problem)> EnsureAsync()
    {
        var project = Path.Combine(BenchPaths.RepoRoot, "src", "Bot");
        var output = Path.Combine(BenchPaths.Cache, "bot-published");
        var dll = Path.Combine(output, "bot.dll");
        try
        {
            await Dotnet.RunAsync(BenchPaths.RepoRoot, "publish", project, "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false",
                "-p:PublishReadyToRun=true", "-o", output, "--nologo", "-v", "q");
            return (dll, null);
        }
        catch (InvalidOperationException e)
        {
            // Others edit the repository concurrently: a publish that fails now can still leave an earlier bot.dll to measure.
            var problem = "dotnet publish src/Bot -c Release -p:PublishReadyToRun=true failed: " + e.Message.Split('\n')[0];
            return File.Exists(dll) ? (dll, problem + " (measured the previous bot.dll)") : (null, problem);
        }
    }
}
