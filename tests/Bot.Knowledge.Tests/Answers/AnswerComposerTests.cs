using Bot.Knowledge.Answers;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Questions;
using Bot.Knowledge.Ranking;

namespace Bot.Knowledge.Tests.Answers;

// The composer on hand-made candidates: every question word weighs the same.
public sealed class AnswerComposerTests
{
    private static AnalyzedQuestion Question(string text)
    {
        var q = QuestionAnalyzer.Analyze(text);
        return q with { Terms = q.Terms.Select(t => t with { Weight = 1 }).ToList() };
    }

    private static Candidate Passage(string text, double score = 1) =>
        new(1, score, text, [], [], "guide.md", 1, new DocumentMetadata("Guide", null, null, null, null)) { Score = score };

    [Fact]
    public void A_following_sentence_that_points_back_to_the_chosen_one_extends_it()
    {
        var answer = AnswerComposer.Compose(Question("What did the ferry company run?"),
            [Passage("The ferry company ran the harbour crossing until 1950. It was later replaced by a toll bridge built by the city.")], 3, answered: true);

        Assert.Equal("The ferry company ran the harbour crossing until 1950. It was later replaced by a toll bridge built by the city. [1]", answer.Text);
    }

    [Fact]
    public void The_first_passage_outweighs_an_equally_worded_sentence_from_a_weaker_one()
    {
        var answer = AnswerComposer.Compose(Question("Where does the ferry company dock?"),
            [Passage("The ferry company docks at the north pier."), Passage("The ferry company docks near the old mill.", score: 0.2) with { Id = 2, Document = "other.md" }], 3, answered: true);

        Assert.StartsWith("The ferry company docks at the north pier. [1]", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("[2]", answer.Text, StringComparison.Ordinal);
    }
}
