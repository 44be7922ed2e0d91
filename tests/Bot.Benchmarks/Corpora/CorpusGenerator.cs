using System.Globalization;
using System.Text;
using Bot.Knowledge.Documents;

namespace Bot.Benchmarks.Corpora;

/// <summary>
/// Writes a corpus of N passages sampled from real prose, the same for every run (fixed seed; .NET's
/// seeded <see cref="Random"/> keeps its sequence across versions). A passage is a run of consecutive
/// sentences from a random point of a random source document, with a 30% chance after each sentence
/// of jumping to another document, so passages are mostly coherent but rarely identical even at 1M.
/// Each file holds <see cref="PassagesPerFile"/> passages as one-line paragraphs separated by blank
/// lines, under a title line (a source title, which the parser takes as the document title).
/// </summary>
internal static class CorpusGenerator
{
    /// <summary>Bump when the sampling changes, so cached corpora are regenerated.</summary>
    public const int Version = 1;

    public const int PassagesPerFile = 1000;

    private const int Seed = 20_250_101;

    // Between the splitter's MinWords (45) and MaxWords (200): one paragraph stays one passage.
    private const int MinTargetWords = 80;
    private const int MaxTargetWords = 120;
    private const int MaxWords = 180;
    private const double JumpChance = 0.3;

    public static void Write(TextSource source, int passages, string folder)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(Seed);
        var files = (passages + PassagesPerFile - 1) / PassagesPerFile;
        var text = new StringBuilder();
        for (var f = 0; f < files; f++)
        {
            text.Clear();
            text.Append(source.Titles[random.Next(source.Titles.Count)]).Append("\n\n");
            var count = Math.Min(PassagesPerFile, passages - f * PassagesPerFile);
            for (var p = 0; p < count; p++)
            {
                AppendPassage(text, source, random);
                text.Append("\n\n");
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"passages-{f + 1:00000}.txt");
            File.WriteAllText(Path.Combine(folder, name), text.ToString());
        }
    }

    private static void AppendPassage(StringBuilder text, TextSource source, Random random)
    {
        var target = random.Next(MinTargetWords, MaxTargetWords + 1);
        var document = source.Documents[random.Next(source.Documents.Count)];
        var sentence = random.Next(document.Length);
        var words = 0;
        while (words < target)
        {
            var next = document[sentence];
            var count = DocumentParser.WordCount(next);
            if (words > 0 && words + count > MaxWords)
            {
                break;
            }

            if (words > 0)
            {
                text.Append(' ');
            }

            text.Append(next);
            words += count;
            sentence++;
            if (sentence >= document.Length || random.NextDouble() < JumpChance)
            {
                document = source.Documents[random.Next(source.Documents.Count)];
                sentence = random.Next(document.Length);
            }
        }
    }
}
