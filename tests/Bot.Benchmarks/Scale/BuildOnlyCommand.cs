using System.Diagnostics;
using Bot.Benchmarks.Baselines;
using Bot.Benchmarks.Corpora;
using Bot.Benchmarks.Measuring;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Index;

namespace Bot.Benchmarks.Scale;

// build-only --corpus DIR --index PATH [--plain | --lucene]: one build in a fresh process. Ours
// is the real path, files read from disk by RebuildAsync; the baselines
// (plain FTS5 inserts, raw Lucene AddDocument) get their passage texts prepared before the clock starts.
internal static class BuildOnlyCommand
{
    public const string Verb = "build-only";

    public static async Task<int> RunAsync(string[] args)
    {
        var options = new CommandArgs(args);
        var corpus = options.Required("--corpus");
        var path = options.Required("--index");
        if (options.Has("--plain") || options.Has("--lucene"))
        {
            var passages = PassageTexts.Of(corpus);
            var start = Stopwatch.GetTimestamp();
            if (options.Has("--plain"))
            {
                PlainFtsBuild.Write(path, passages);
            }
            else
            {
                RawLuceneBuild.Write(path, passages);
            }

            ChildReport.Write("seconds", Stopwatch.GetElapsedTime(start).TotalSeconds);
            ChildReport.Write("passages", passages.Count);
        }
        else
        {
            using var index = new KnowledgeIndex(path, new FolderDocumentSource(corpus));
            var result = await index.RebuildAsync();
            if (result.Outcome != RebuildOutcome.Rebuilt)
            {
                await Console.Error.WriteLineAsync("build failed: " + result.Error);
                return 1;
            }

            ChildReport.Write("seconds", result.Elapsed.TotalSeconds);
            ChildReport.Write("passages", result.Passages);
            ChildReport.Write("documents", result.Documents);
        }

        ChildReport.Write("peak_kb", ProcessMemory.PeakKilobytes());
        ChildReport.Write("size_bytes", File.Exists(path) ? new FileInfo(path).Length : new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length));
        return 0;
    }
}
