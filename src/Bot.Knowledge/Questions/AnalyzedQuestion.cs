using Bot.Knowledge.Text;

namespace Bot.Knowledge.Questions;

// A question broken into its tokens and content terms (stop words removed, one term per stem).
public sealed record AnalyzedQuestion(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<QueryTerm> Terms, QuestionKind Kind)
{
    public double TotalWeight => Terms.Sum(t => t.Weight);
}
