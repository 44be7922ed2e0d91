using System.Diagnostics;

namespace Bot.Benchmarks.Scale;

// Wall time from starting a process to the first line on its stdout (for bot ask, the first line of the answer).
internal static class StartupProbe
{
    public static async Task<double> FirstLineMillisecondsAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Dotnet.Path) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var clock = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + Dotnet.Path);
        var stderr = process.StandardError.ReadToEndAsync();
        var line = await process.StandardOutput.ReadLineAsync();
        var elapsed = Stopwatch.GetElapsedTime(clock).TotalMilliseconds;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} exited with {process.ExitCode}: {await stderr}");
        }

        return elapsed;
    }
}
