using Bot.Testing;

namespace Bot.Tests.Hosting;

// A fact that runs the bot against both fakes (which answer with our own payloads, so it always runs).
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothPlatformsFactAttribute : FactAttribute
{
    // The test sends POSIX signals (kill -INT, kill -TERM), which Windows does not have.
    public bool UsesSignals
    {
        get;
        init
        {
            field = value;
            if (value && OperatingSystem.IsWindows() && Skip is null)
            {
                Skip = "sends POSIX signals with kill(1), which Windows does not have";
            }
        }
    }

    // The test sends SIGINT, which a run that ignores SIGINT passes on to the bot as ignored.
    public bool UsesSigint
    {
        get;
        init
        {
            field = value;
            UsesSignals = value;
            if (value && Sigint.IsIgnored && Skip is null)
            {
                Skip = Sigint.IgnoredMessage;
            }
        }
    }
}
