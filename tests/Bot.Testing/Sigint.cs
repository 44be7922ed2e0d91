using System.Globalization;

namespace Bot.Testing;

// Whether this process ignores SIGINT. A shell runs a background job (`cmd &`) with SIGINT ignored when
// job control is off, and the bot started by a test inherits that (signal(7): "a child created via
// fork(2) inherits … ignored dispositions … preserved across execve(2)"), so kill -INT cannot stop it
// there: the SIGINT tests skip with this message instead of failing.
internal static class Sigint
{
    public const string IgnoredMessage = "SIGINT is ignored by this test run (inherited, e.g. started as `cmd &` from a non-interactive shell), so the bot cannot receive it";

    public static bool IsIgnored { get; } = ReadIgnored();

    private static bool ReadIgnored()
    {
        try
        {
            // /proc/self/status "SigIgn:	0000000000000002": a hex mask, bit (n - 1) for signal n; SIGINT is 2.
            var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
            return line is not null && (ulong.Parse(line["SigIgn:".Length..].Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture) & 0b10) != 0;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
