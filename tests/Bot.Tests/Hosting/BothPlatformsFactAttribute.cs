using Bot.Testing;

namespace Bot.Tests.Hosting;

/// <summary>
/// A fact that runs the bot against both fakes. They answer with the verbatim fixtures in
/// ../shared/protocols, so on a fresh clone without ../shared it is skipped, naming the missing file.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BothPlatformsFactAttribute : FactAttribute
{
    public BothPlatformsFactAttribute() => Skip = TestPaths.MissingShared(BothPlatforms.SharedFiles);

    /// <summary>The test sends POSIX signals (kill -INT, kill -TERM), which Windows does not have.</summary>
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
}
