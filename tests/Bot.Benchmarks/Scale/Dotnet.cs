using System.Diagnostics;

namespace Bot.Benchmarks.Scale;

// The dotnet muxer: the one that launched us when known (so the same SDK and runtime), else the one on PATH.
internal static class Dotnet
{
    public static string Path => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static async Task RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Path) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + Path);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed ({process.ExitCode}):\n{await stdout}{await stderr}");
        }
    }
}
