using Bot.Testing;

namespace Bot.Discord.Tests;

/// <summary>
/// A fact that needs files under ../shared (the verbatim protocol fixtures). On a fresh clone
/// without ../shared it is skipped, with a message naming what it needs.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SharedFactAttribute : FactAttribute
{
    /// <param name="files">Paths relative to ../shared, with '/' separators.</param>
    public SharedFactAttribute(params string[] files)
    {
        Files = files;
        if (files.FirstOrDefault(f => TestPaths.SharedFile(f.Split('/')) is null) is { } missing)
        {
            Skip = $"needs ../shared/{missing}";
        }
    }

    public IReadOnlyList<string> Files { get; }
}
