using System.Runtime.InteropServices;
using Bot.Benchmarks.Corpora;

namespace Bot.Benchmarks.Scale;

// The bot as users deploy it: src/Bot published in Release with ReadyToRun (precompiled, so a
// short-lived bot ask does not spend its start-up in the JIT), bot.dll.
internal static class BotExecutable
{
    // Publishes src/Bot (incremental, quick when current) and returns bot.dll, or null with the reason when there is none.
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
