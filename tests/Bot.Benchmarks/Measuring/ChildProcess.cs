using System.Diagnostics;

namespace Bot.Benchmarks.Measuring;

// Runs this program again in a fresh process, so a peak-memory reading covers only what that process did.
internal static class ChildProcess
{
    public static async Task<ChildReport> RunSelfAsync(params string[] args)
    {
        var start = SelfStartInfo();
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', args)}' exited with {process.ExitCode}:\n{stdout}");
        }

        return ChildReport.Parse(stdout);
    }

    // Under `dotnet run` this is the apphost; under `dotnet Bot.Benchmarks.dll` it is the muxer and needs the dll.
    private static ProcessStartInfo SelfStartInfo()
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this process is unknown.");
        var start = new ProcessStartInfo(host);
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        return start;
    }
}
