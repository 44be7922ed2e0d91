namespace Bot.Knowledge.Documents;

// A path with every symbolic link along it resolved, so two routes to one folder compare equal
// (what realpath(3) does, without native calls). A chain of more than
// MaxLinks links is a loop, as POSIX's ELOOP says.
internal static class RealPath
{
    private const int MaxLinks = 40;

    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var remaining = new Stack<string>(Parts(full[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (remaining.Count > 0)
        {
            var part = remaining.Pop();
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"more than {MaxLinks} links in a row (a loop) at {next}");
            }

            foreach (var p in Parts(target).Reverse())
            {
                remaining.Push(p);
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target) ?? root;
            }
        }

        return current;
    }

    // True when path is folder or below it (both real paths).
    public static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
