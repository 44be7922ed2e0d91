using System.Text.Json.Serialization;

namespace Bot.Knowledge.Evaluation;

// A document that answers a question and a quote from the passage that does.
public sealed record GoldPassage(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("quote")] string Quote);
