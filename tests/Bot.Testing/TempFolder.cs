namespace Bot.Testing;

// A fresh folder under the system temp directory, deleted when disposed.
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "bot-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    // Copies the repository's seeds into a subfolder and returns its path.
    public string CopySeeds(string name = "corpus")
    {
        var target = File(name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(TestPaths.Seeds))
        {
            System.IO.File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
