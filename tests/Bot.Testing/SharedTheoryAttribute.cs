namespace Bot.Testing;

/// <summary>A theory that needs files under ../shared; skipped, naming the first missing one, without them.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedTheoryAttribute : TheoryAttribute
{
    /// <param name="paths">Paths relative to ../shared, with '/' separators.</param>
    public SharedTheoryAttribute(params string[] paths) => Skip = TestPaths.MissingShared(paths);
}
