
namespace Bot.Testing.Slack;

// The verbatim Slack fixtures in ../shared/protocols/slack, read only by conformance tests (which are
// [SharedFact("protocols/slack")]s); everything else runs on our own Payloads.
internal static class Fixture
{
    public static string Path(params string[] parts) =>
        TestPaths.SharedFile(["protocols", "slack", .. parts]) ?? throw new InvalidOperationException("missing fixture ../shared/protocols/slack/" + string.Join('/', parts));

    public static string Text(params string[] parts) => File.ReadAllText(Path(parts));

    public static byte[] Bytes(params string[] parts) => File.ReadAllBytes(Path(parts));

    // Replaces one exact piece of a fixture, failing loudly if the fixture no longer has it.
    public static string With(this string fixture, string original, string replacement) =>
        fixture.Contains(original, StringComparison.Ordinal)
            ? fixture.Replace(original, replacement, StringComparison.Ordinal)
            : throw new InvalidOperationException("fixture does not contain: " + original);
}
