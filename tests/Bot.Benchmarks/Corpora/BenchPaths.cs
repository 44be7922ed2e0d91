namespace Bot.Benchmarks.Corpora;

// Where the repository, the optional ../shared datasets and the benchmark cache are.
internal static class BenchPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Seeds => Path.Combine(RepoRoot, "seeds");

    public static string EvalQuestions(string file) => Path.Combine(RepoRoot, "tests", "eval", file);

    // The Cranfield collection under ../shared, or null on a clone without it.
    public static string? Cranfield
    {
        get
        {
            var folder = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "datasets", "cranfield"));
            return File.Exists(Path.Combine(folder, "cran.all.1400")) ? folder : null;
        }
    }

    // Generated corpora and built indexes survive between runs here: a 1M-passage corpus takes a
    // while to write and BenchmarkDotNet runs every benchmark case in its own process.
    public static string Cache
    {
        get
        {
            var folder = Path.Combine(Path.GetTempPath(), "bot-bench");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    // The working folder first (the spec: walk up to Bot.sln); BenchmarkDotNet's child processes run
    // from a generated folder under bin/, so the assembly's own folder is the fallback.
    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Bot.sln not found above " + Directory.GetCurrentDirectory() + " or " + AppContext.BaseDirectory);
    }
}
