using Bot.Testing;

namespace Bot.Slack.Tests;

/// <summary>A fact that needs the protocol fixtures in ../shared/protocols/slack; skipped, saying so, when they are absent.</summary>
internal sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (TestPaths.SharedFile("protocols", "slack") is null)
        {
            Skip = "needs the Slack protocol fixtures in ../shared/protocols/slack (not in this checkout)";
        }
    }
}
