using System.Globalization;
using System.Text.Json.Serialization;
using Bot.Chat.Rendering;
using Bot.Knowledge.Answers;

namespace Bot.Output;

// The ask --json line, exactly: {"question", "answered", "answer", "citations": [{"n",
// "document", "title", "source", "published", "section", "paragraph", "page", "excerpt", "passage", "score"}], "confidence"}.
// The excerpt marks matched terms in Markdown bold (**term**).
internal sealed record AnswerJson(
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answered")] bool Answered,
    [property: JsonPropertyName("answer")] string Answer,
    [property: JsonPropertyName("citations")] IReadOnlyList<CitationJson> Citations,
    [property: JsonPropertyName("confidence")] double Confidence)
{
    public static AnswerJson From(Answer answer) => new(
        answer.Question,
        answer.Answered,
        answer.Text,
        answer.Citations.Select(c => new CitationJson(
            c.Number,
            c.Document,
            c.Title,
            c.Source,
            c.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            c.Section,
            c.Paragraph,
            c.Page,
            CitationText.Marked(c, "**", "**"),
            c.Passage,
            c.Score)).ToList(),
        answer.Confidence);
}
