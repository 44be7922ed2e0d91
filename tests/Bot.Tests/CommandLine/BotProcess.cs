using System.Diagnostics;

namespace Bot.Tests.CommandLine;

// Runs the real bot executable (bot.dll beside the tests) the way a user would, with stdin, and captures both streams.
internal static class BotProcess
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        public string[] OutputLines => StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static Task<Result> RunAsync(string? stdin, IReadOnlyDictionary<string, string>? environment, params string[] args) =>
        RunAsync(StartInfo(environment, args), stdin);

    // Run from workingDirectory instead of a folder with no settings.
    public static Task<Result> RunInAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = StartInfo(environment, args);
        start.WorkingDirectory = workingDirectory;
        return RunAsync(start, null);
    }

    private static async Task<Result> RunAsync(ProcessStartInfo start, string? stdin)
    {
        var args = start.ArgumentList.Skip(1).ToList();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("bot did not exit: " + string.Join(' ', args));
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }

    // dotnet bot.dll args with all three streams redirected, run from a folder with no settings, without the
    // developer's own platform settings and with environment added.
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "bot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // A developer's own platform settings must not turn the console into a server here.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Slack__", StringComparison.Ordinal) || k.StartsWith("Discord__", StringComparison.Ordinal) || k.StartsWith("Bot__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
