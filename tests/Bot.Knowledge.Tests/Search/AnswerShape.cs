using Bot.Knowledge.Answers;

namespace Bot.Knowledge.Tests.Search;

internal static class AnswerShape
{
    // What every reply must satisfy, whatever was asked.
    public static void AssertWellFormed(Answer answer)
    {
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        Assert.Equal(answer.Status == AnswerStatus.Answered, answer.Answered);
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(c => c.Number));
        foreach (var c in answer.Citations)
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Title));
            Assert.Contains(c.Excerpt.Trim('…', ' ').Split(' ')[0], c.Passage, StringComparison.Ordinal);
            Assert.All(c.Highlights, h => Assert.InRange(h.End, h.Length, c.Excerpt.Length));
            Assert.True(c.Paragraph >= 1);
        }

        if (answer.Answered)
        {
            Assert.NotEmpty(answer.Sentences);
            Assert.All(answer.Sentences, s =>
            {
                Assert.InRange(s.Citation, 1, answer.Citations.Count);
                Assert.Contains(s.Text, answer.Citations[s.Citation - 1].Passage, StringComparison.Ordinal);
                Assert.Contains($"{s.Text} [{s.Citation}]", answer.Text, StringComparison.Ordinal);
            });
        }
        else
        {
            Assert.Empty(answer.Sentences);
        }
    }
}
