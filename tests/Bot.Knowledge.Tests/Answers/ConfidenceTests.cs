using Bot.Knowledge.Answers;
using Bot.Knowledge.Documents;
using Bot.Knowledge.Questions;
using Bot.Knowledge.Ranking;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Tests.Answers;

// Answerability.Confidence on hand-made questions and passages: every term is one the corpus has
// (document frequency 1) unless a test says otherwise, so only the rule under test decides.
public sealed class ConfidenceTests
{
    [Fact]
    public void Confidence_accepts_a_best_passage_holding_a_third_of_a_paraphrased_questions_words()
    {
        // "Which engineer drew the plans for the river crossing?" answered by "Mary Stone designed the bridge over the river".
        var question = Question("Which engineer drew the plans for the river crossing?");
        var passage = Passage("Engineer Mary Stone designed the bridge over the river mouth.");
        Assert.True(Answerability.Confidence(question, [passage]) > 0);
    }

    [Fact]
    public void Confidence_is_zero_when_the_best_passage_holds_under_a_quarter_of_the_questions_words()
    {
        var question = Question("Which engineer drew the plans for the new tidal river crossing at the harbour?");
        var passage = Passage("The engineer retired to the coast.");
        Assert.Equal(0, Answerability.Confidence(question, [passage]));
    }

    internal static AnalyzedQuestion Question(string text, params string[] unknown)
    {
        var analyzed = QuestionAnalyzer.Analyze(text);
        return analyzed with { Terms = analyzed.Terms.Select(t => t with { DocumentFrequency = unknown.Contains(t.Term) ? 0 : 1, Weight = 1 }).ToList() };
    }

    internal static Candidate Passage(string text) =>
        new(1, 1, text, Tokenizer.Tokenize(text).Select(t => t.Stem).ToArray(), [], "doc.md", 1, new DocumentMetadata("Doc", null, null, null, null));
}
