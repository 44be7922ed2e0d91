namespace Bot.Testing;

// A test that stops a process with SIGINT: skipped, with the reason, where that cannot work (Windows has
// no kill(1); a run that ignores SIGINT passes that on to the bot).
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SigintFactAttribute : FactAttribute
{
    public SigintFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "sends POSIX signals with kill(1), which Windows does not have";
        }
        else if (Sigint.IsIgnored)
        {
            Skip = Sigint.IgnoredMessage;
        }
    }
}
