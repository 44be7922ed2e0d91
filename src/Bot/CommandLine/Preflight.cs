using Microsoft.Extensions.Configuration;

namespace Bot.CommandLine;

// What can be checked before any service starts, so the person gets one line saying what is wrong
// instead of the same failure from several layers (index check, rebuild, logger, verb).
internal static class Preflight
{
    // The problem as one line, or null when the corpus and index locations are usable.
    public static string? Check(IConfiguration configuration)
    {
        var corpus = configuration["Knowledge:CorpusPath"]!;
        var index = configuration["Knowledge:IndexPath"]!;
        if (!Directory.Exists(corpus))
        {
            return File.Exists(corpus)
                ? $"error: the corpus '{corpus}' is a file; set Knowledge:CorpusPath (or --corpus) to a folder of documents."
                : $"error: the corpus folder '{corpus}' does not exist; set Knowledge:CorpusPath (or --corpus) to a folder of documents.";
        }

        return IndexLocation(index);
    }

    // The index is a file today and a folder on its way (Lucene): either way what must exist and be
    // writable is the folder it lives in, and only when the index is still to be built. Missing
    // folders are created, as the index does itself; what cannot be created is said here, once.
    private static string? IndexLocation(string index)
    {
        if (File.Exists(index) || Directory.Exists(index))
        {
            return null;
        }

        var parent = Path.GetDirectoryName(Path.GetFullPath(index))!;
        if (!Directory.Exists(parent))
        {
            var existing = parent;
            while (existing is not null && !Directory.Exists(existing))
            {
                if (File.Exists(existing))
                {
                    return $"error: cannot create the index at '{index}': '{existing}' is a file, not a folder.";
                }

                existing = Path.GetDirectoryName(existing);
            }

        }

        try
        {
            Directory.CreateDirectory(parent);
            var probe = Path.Combine(parent, $".bot-write-check-{Environment.ProcessId}");
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
            return null;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            return $"error: cannot write the index in '{parent}' ({e.Message}); set Knowledge:IndexPath (or --index) to a place you can write.";
        }
    }
}
