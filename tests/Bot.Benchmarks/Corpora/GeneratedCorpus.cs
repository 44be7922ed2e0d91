using System.Globalization;

namespace Bot.Benchmarks.Corpora;

// The generated corpus of a given size, written once into the cache and reused (file times included, so indexes built from it stay current).
internal static class GeneratedCorpus
{
    public static string Ensure(TextSource source, int passages)
    {
        var folder = Path.Combine(BenchPaths.Cache, string.Create(CultureInfo.InvariantCulture, $"corpus-{source.Name}-v{CorpusGenerator.Version}-{passages}"));
        if (Directory.Exists(folder))
        {
            return folder;
        }

        // Written beside and moved into place, so an interrupted run never leaves a partial corpus behind.
        var partial = folder + ".partial-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        if (Directory.Exists(partial))
        {
            Directory.Delete(partial, recursive: true);
        }

        CorpusGenerator.Write(source, passages, partial);
        Directory.Move(partial, folder);
        return folder;
    }
}
