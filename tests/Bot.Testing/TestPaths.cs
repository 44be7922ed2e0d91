namespace Bot.Testing;

// Where the repository's own files and the optional ../shared folder are, from a test's output folder.
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    public static string DevQuestions => Path.Combine(RepoRoot, "tests", "eval", "dev-questions.jsonl");

    // The workplace's ../shared folder (third-party fixtures and datasets), or null on a user's fresh clone.
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    // A file under ../shared, or null when ../shared (or the file) is absent; tests then skip with a message naming it.
    public static string? SharedFile(params string[] parts)
    {
        if (Shared is not { } shared)
        {
            return null;
        }

        var path = Path.Combine([shared, .. parts]);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    // The skip message for the first of paths (relative to ../shared, '/'-separated) that is absent, or null.
    public static string? MissingShared(IEnumerable<string> paths) =>
        paths.FirstOrDefault(p => SharedFile(p.Split('/')) is null) is { } missing ? $"needs ../shared/{missing} (third-party fixtures, absent in this checkout)" : null;

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
