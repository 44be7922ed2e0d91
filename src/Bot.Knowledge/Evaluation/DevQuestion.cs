using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Knowledge.Evaluation;

// One line of a questions file: the question, whether the material answers it, and the passages that do.
public sealed record DevQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("gold")] IReadOnlyList<GoldPassage> Gold)
{
    public static IReadOnlyList<DevQuestion> Load(string path)
    {
        var result = new List<DevQuestion>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                result.Add(JsonSerializer.Deserialize(line, EvaluationJsonContext.Default.DevQuestion)
                    ?? throw new FormatException("null"));
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{lineNumber}: not a question object ({e.Message})", e);
            }
        }

        return result;
    }
}
