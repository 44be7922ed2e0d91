namespace Bot.Testing;

// A fact that needs files under ../shared (third-party fixtures and datasets we do not ship). On a
// checkout without them it is skipped, with a message naming the first file it needs.
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedFactAttribute : FactAttribute
{
    // paths: Paths relative to ../shared, with '/' separators.
    public SharedFactAttribute(params string[] paths) => Skip = TestPaths.MissingShared(paths);
}
