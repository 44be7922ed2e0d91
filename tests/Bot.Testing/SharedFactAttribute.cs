namespace Bot.Testing;

/// <summary>
/// A fact that needs files under ../shared (third-party fixtures and datasets we do not ship). On a
/// checkout without them it is skipped, with a message naming the first file it needs.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedFactAttribute : FactAttribute
{
    /// <param name="paths">Paths relative to ../shared, with '/' separators.</param>
    public SharedFactAttribute(params string[] paths) => Skip = TestPaths.MissingShared(paths);
}
