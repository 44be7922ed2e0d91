using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bot.Tests.CommandLine;

namespace Bot.Tests.Hosting;

// The real bot executable left running, as dotnet run --project src/Bot runs it (no verb:
// it serves the platforms the environment configures), with stdout and stderr captured as they come.
internal sealed class RunningBot : IAsyncDisposable
{
    private static readonly TimeSpan DisposeWait = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _pumps;
    private readonly Task _exit;
    private readonly CancellationTokenSource _exited = new();

    private RunningBot(Process process)
    {
        _process = process;
        _pumps = Task.WhenAll(PumpAsync(process.StandardOutput, _stdout), PumpAsync(process.StandardError, _stderr));
        _exit = WatchAsync();
    }

    // Cancelled the moment the process exits, so a test waiting on it fails at once instead of at its timeout.
    public CancellationToken Exited => _exited.Token;

    public bool HasExited => _exit.IsCompleted;

    // Everything the process wrote so far: stdout, then stderr.
    public string Output
    {
        get
        {
            lock (_stdout)
            {
                lock (_stderr)
                {
                    return $"--- stdout ---\n{_stdout}\n--- stderr ---\n{_stderr}";
                }
            }
        }
    }

    public static RunningBot Start(IReadOnlyDictionary<string, string> environment)
    {
        var process = Process.Start(BotProcess.StartInfo(environment)) ?? throw new InvalidOperationException("dotnet bot.dll did not start");
        process.StandardInput.Close(); // a service: nothing on stdin
        return new RunningBot(process);
    }

    // Sends SIG{signal} (INT as Ctrl+C does, TERM as systemd and Docker do) and waits for the
    // exit, at most within. Returns the exit code and the complete output.
    public async Task<(int ExitCode, string Output)> SignalAsync(string signal, TimeSpan within)
    {
        await SendSignalAsync(signal);
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await _exit.WaitAsync(timeout.Token);
            await _pumps.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"the bot did not exit within {within.TotalSeconds} s of SIG{signal}\n{Output}");
        }

        return (_process.ExitCode, Output);
    }

    public async ValueTask DisposeAsync()
    {
        if (!HasExited)
        {
            try
            {
                if (!OperatingSystem.IsWindows())
                {
                    await SendSignalAsync("TERM");
                    await _exit.WaitAsync(DisposeWait);
                }
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
            }

            if (!HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _exit.WaitAsync(DisposeWait);
            }
        }

        _process.Dispose();
        _exited.Dispose();
    }

    private async Task SendSignalAsync(string signal)
    {
        // .NET's Process can only SIGKILL; kill(1) sends the signal a user or a supervisor would.
        var start = new ProcessStartInfo("kill") { ArgumentList = { "-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture) } };
        using var kill = Process.Start(start) ?? throw new InvalidOperationException("kill did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await kill.WaitForExitAsync(timeout.Token);
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -{signal} {_process.Id} exited with {kill.ExitCode}");
        }
    }

    private async Task WatchAsync()
    {
        await _process.WaitForExitAsync();
        await _exited.CancelAsync();
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder into)
    {
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (into)
            {
                into.Append(buffer, 0, read);
            }
        }
    }
}
