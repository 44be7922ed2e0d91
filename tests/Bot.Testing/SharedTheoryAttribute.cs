namespace Bot.Testing;

// A theory that needs files under ../shared; skipped, naming the first missing one, without them.
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedTheoryAttribute : TheoryAttribute
{
    // paths: Paths relative to ../shared, with '/' separators.
    public SharedTheoryAttribute(params string[] paths) => Skip = TestPaths.MissingShared(paths);
}
