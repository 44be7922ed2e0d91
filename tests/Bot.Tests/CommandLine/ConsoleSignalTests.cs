using System.Diagnostics;
using Bot.Testing;

namespace Bot.Tests.CommandLine;

public sealed class ConsoleSignalTests
{
    [SigintFact]
    public Task Ctrl_C_ends_the_console_chat_cleanly() => EndsCleanlyAsync("INT");

    [Fact]
    public Task A_stop_signal_ends_the_console_chat_cleanly() => EndsCleanlyAsync("TERM");

    private static async Task EndsCleanlyAsync(string signal)
    {
        using var folder = new TempFolder();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "bot.dll"), "chat", "--corpus", folder.CopySeeds(), "--index", folder.File("index") })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // Wait until the chat is up (the index exists), with stdin still open so the chat is waiting for input.
        while (!File.Exists(folder.File("index/current")) && !process.HasExited)
        {
            await Task.Delay(100, timeout.Token);
        }

        await Task.Delay(500, timeout.Token);
        using (var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(timeout.Token);
        }

        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        Assert.Equal(0, process.ExitCode);
        Assert.DoesNotContain("Unhandled exception", await stderr, StringComparison.Ordinal);
        _ = await stdout;
    }
}
