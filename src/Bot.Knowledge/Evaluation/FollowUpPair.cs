using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Knowledge.Evaluation;

// One line of a follow-ups file: a first question, the follow-up asked after it in the same
// conversation, and the passages that answer the follow-up. StandsAlone marks a follow-up that says
// everything it asks (the conversation must not hurt it).
public sealed record FollowUpPair(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("first")] string First,
    [property: JsonPropertyName("followup")] string FollowUp,
    [property: JsonPropertyName("gold")] IReadOnlyList<GoldPassage> Gold,
    [property: JsonPropertyName("stands_alone")] bool StandsAlone = false)
{
    public static IReadOnlyList<FollowUpPair> Load(string path)
    {
        var result = new List<FollowUpPair>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            FollowUpPair? pair;
            try
            {
                pair = JsonSerializer.Deserialize(line, EvaluationJsonContext.Default.FollowUpPair);
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{lineNumber}: not a follow-up object ({e.Message})", e);
            }

            if (pair is null || string.IsNullOrWhiteSpace(pair.First) || string.IsNullOrWhiteSpace(pair.FollowUp) || pair.Gold is not { Count: > 0 })
            {
                throw new FormatException($"{path}:{lineNumber}: needs \"first\", \"followup\" and at least one \"gold\" passage");
            }

            result.Add(pair);
        }

        return result;
    }
}
