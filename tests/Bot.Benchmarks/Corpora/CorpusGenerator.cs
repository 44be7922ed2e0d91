using System.Globalization;
using System.Text;
using Bot.Knowledge.Documents;

namespace Bot.Benchmarks.Corpora;

// Writes a corpus of N passages sampled from real prose, the same for every run (fixed seed; .NET's
// seeded Random keeps its sequence across versions). A passage is a run of consecutive
// sentences from a random point of a random source document, with a 30% chance after each sentence
// of jumping to another document, so passages are mostly coherent but rarely identical even at 1M;
// within a file no passage contains another, so the parser keeps every one of them.
// Each file holds PassagesPerFile passages as one-line paragraphs separated by blank
// lines, under a title line (a source title, which the parser takes as the document title).
internal static class CorpusGenerator
{
    // Bump when the sampling changes, so cached corpora are regenerated.
    public const int Version = 4;

    public const int PassagesPerFile = 1000;

    private const int Seed = 20_250_101;

    // Between the splitter's MinWords (45) and MaxWords (200): one paragraph stays one passage.
    private const int MinTargetWords = 80;
    private const int MaxTargetWords = 120;
    private const int MaxWords = 180;
    private const int MaxSentenceWords = 100;
    private const double JumpChance = 0.3;
    private const int Attempts = 50;

    public static void Write(TextSource source, int passages, string folder)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(Seed);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = source.Documents.Select(d => d.Select(s => ids.TryGetValue(s, out var id) ? id : ids[s] = ids.Count).ToArray()).ToList();
        var sentences = ids.OrderBy(p => p.Value).Select(p => p.Key).ToArray();
        var words = sentences.Select(DocumentParser.WordCount).ToArray();

        var files = (passages + PassagesPerFile - 1) / PassagesPerFile;
        var text = new StringBuilder();
        var used = new HashSet<int>();
        var starts = new HashSet<int>();
        for (var f = 0; f < files; f++)
        {
            text.Clear().Append(source.Titles[random.Next(source.Titles.Count)]).Append("\n\n");
            used.Clear();
            starts.Clear();
            var count = Math.Min(PassagesPerFile, passages - f * PassagesPerFile);
            for (var p = 0; p < count; p++)
            {
                // The parser drops a paragraph that another one in the same file contains
                // (DocumentParser.RemoveRepeats), so a passage may neither start with a sentence the
                // file already has nor include another passage's first sentence.
                var passage = Sample(documents, words, random);
                for (var attempt = 1; attempt < Attempts && (used.Contains(passage[0]) || passage.Any(starts.Contains)); attempt++)
                {
                    passage = Sample(documents, words, random);
                }

                starts.Add(passage[0]);
                used.UnionWith(passage);
                text.AppendJoin(' ', passage.Select(id => sentences[id])).Append("\n\n");
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"passages-{f + 1:00000}.txt");
            File.WriteAllText(Path.Combine(folder, name), text.ToString());
        }
    }

    private static List<int> Sample(List<int[]> documents, int[] words, Random random)
    {
        var target = random.Next(MinTargetWords, MaxTargetWords + 1);
        var document = documents[random.Next(documents.Count)];
        var sentence = random.Next(document.Length);
        var passage = new List<int>();
        var total = 0;
        while (total < target)
        {
            // A run-on sentence is skipped, so a passage is never too long nor, cut short before one, too short.
            var next = document[sentence];
            var skip = words[next] > MaxSentenceWords;
            if (!skip && total + words[next] > MaxWords)
            {
                break;
            }

            if (!skip)
            {
                passage.Add(next);
                total += words[next];
            }

            sentence++;
            if (skip || sentence >= document.Length || random.NextDouble() < JumpChance)
            {
                document = documents[random.Next(documents.Count)];
                sentence = random.Next(document.Length);
            }
        }

        return passage;
    }
}
