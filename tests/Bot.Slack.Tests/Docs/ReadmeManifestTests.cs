using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Bot.Slack.Tests.Docs;

// The app manifest in the README is what people paste into Slack: it must ask for every event the
// adapter answers (thread follow-ups included), the scopes those events need, and interactivity for
// the 👍/👎 buttons.
public sealed partial class ReadmeManifestTests
{
    private static string Manifest()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var start = readme.IndexOf("#### 1. Create the app from a manifest", StringComparison.Ordinal);
        var yaml = readme.IndexOf("```yaml\n", start, StringComparison.Ordinal) + "```yaml\n".Length;
        return readme[yaml..readme.IndexOf("```", yaml, StringComparison.Ordinal)];
    }

    // The "- item" lines under "key:" (as the README's YAML writes lists), comments dropped.
    private static List<string> List(string manifest, string key)
    {
        var lines = manifest.Split('\n');
        var at = Array.FindIndex(lines, l => l.Trim() == key + ":");
        Assert.True(at >= 0, "the manifest has no " + key);
        return lines.Skip(at + 1).TakeWhile(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            .Select(l => Comment().Replace(l, "").Trim()[2..].Trim()).ToList();
    }

    [Fact]
    public void Manifest_subscribes_to_mentions_dms_and_thread_replies_with_their_scopes_and_turns_interactivity_on()
    {
        var manifest = Manifest();
        var scopes = List(manifest, "bot");
        var events = List(manifest, "bot_events");

        Assert.Subset(scopes.ToHashSet(), new HashSet<string> { "app_mentions:read", "channels:history", "groups:history", "im:history", "chat:write", "commands", "reactions:write" });
        Assert.Subset(events.ToHashSet(), new HashSet<string> { "app_mention", "message.channels", "message.groups", "message.im" });
        Assert.Contains("  interactivity:\n    is_enabled: true", manifest, StringComparison.Ordinal);
    }

    [SharedFact("protocols/slack")]
    public void Every_message_event_in_the_manifest_has_the_scope_slacks_spec_requires()
    {
        var manifest = Manifest();
        var topics = JsonNode.Parse(Fixture.Text("events_api", "message_events_topics_scopes_slack_api_specs.json"))!["topics"]!;
        var scopes = List(manifest, "bot");

        foreach (var message in List(manifest, "bot_events").Where(e => e.StartsWith("message.", StringComparison.Ordinal)))
        {
            var required = topics[message]!["subscribe"]!["x-scopes-required"]!.AsArray().Select(s => s!.ToString());
            Assert.All(required, scope => Assert.Contains(scope, scopes));
        }
    }

    [GeneratedRegex(@"\s+#.*$")]
    private static partial Regex Comment();
}
