using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Knowledge.Evaluation;

// One line of a sets file: a questions file with the corpus it asks about, or a Cranfield folder.
// Paths are resolved against the sets file's folder first, then the current folder (the repo root).
public sealed record EvalSet(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("questions")] string? Questions = null,
    [property: JsonPropertyName("corpus")] string? Corpus = null,
    [property: JsonPropertyName("cranfield")] string? Cranfield = null)
{
    public bool IsCranfield => Cranfield is not null;

    // Reads and checks a sets file; a problem is one FormatException naming the file and the set.
    public static IReadOnlyList<EvalSet> Load(string path)
    {
        List<EvalSet>? sets;
        try
        {
            sets = JsonSerializer.Deserialize(File.ReadAllText(path), EvaluationJsonContext.Default.ListEvalSet);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}: not a JSON array of sets ({e.Message})", e);
        }

        if (sets is null || sets.Count == 0)
        {
            throw new FormatException($"{path}: no sets");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var result = new List<EvalSet>(sets.Count);
        foreach (var set in sets)
        {
            if (string.IsNullOrWhiteSpace(set.Name))
            {
                throw new FormatException($"{path}: a set has no name");
            }

            if (set.IsCranfield)
            {
                result.Add(set with { Cranfield = Resolve(folder, set.Cranfield!, path, set.Name) });
            }
            else if (set.Questions is null || set.Corpus is null)
            {
                throw new FormatException($"{path}: set '{set.Name}' needs \"questions\" and \"corpus\", or \"cranfield\"");
            }
            else
            {
                result.Add(set with { Questions = Resolve(folder, set.Questions, path, set.Name), Corpus = Resolve(folder, set.Corpus, path, set.Name) });
            }
        }

        return result;
    }

    private static string Resolve(string folder, string relative, string path, string name)
    {
        foreach (var candidate in new[] { Path.GetFullPath(Path.Combine(folder, relative)), Path.GetFullPath(relative) })
        {
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FormatException($"{path}: set '{name}': '{relative}' not found next to the sets file or in the current folder");
    }
}
