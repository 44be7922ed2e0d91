using System.Diagnostics;
using System.Globalization;

namespace Bot.Benchmarks.Measuring;

// This process's peak resident set size ("high water mark") so far.
internal static class ProcessMemory
{
    public static long PeakKilobytes()
    {
        // Linux: VmHWM in /proc/self/status (https://man7.org/linux/man-pages/man5/proc_pid_status.5.html).
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            foreach (var line in File.ReadLines(status))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / 1024;
    }
}
