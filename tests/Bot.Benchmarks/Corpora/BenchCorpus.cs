using System.Globalization;

namespace Bot.Benchmarks.Corpora;

// A corpus folder to benchmark on, where its text came from, and the questions asked of it.
internal sealed record BenchCorpus(string Name, string Folder, string Origin, IReadOnlyList<string> Questions)
{
    public const string SeedsName = "seeds";

    // "seeds", or a passage count such as "100k", "1m", "10000".
    public static BenchCorpus Get(string name)
    {
        if (name == SeedsName)
        {
            return new BenchCorpus(SeedsName, BenchPaths.Seeds, "the repository's seeds/", QuestionSet.ForSeeds());
        }

        var source = TextSource.Load();
        var passages = ParseSize(name);
        return new BenchCorpus(name, GeneratedCorpus.Ensure(source, passages), source.Origin, QuestionSet.ForGenerated(source));
    }

    public static int ParseSize(string text)
    {
        var s = text.Trim().ToLowerInvariant().Replace("_", "", StringComparison.Ordinal);
        var multiplier = s.EndsWith('k') ? 1_000 : s.EndsWith('m') ? 1_000_000 : 1;
        var digits = multiplier == 1 ? s : s[..^1];
        return int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) * multiplier;
    }
}
