using System.Text.RegularExpressions;
using Bot.Knowledge.Questions;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Answers;

// "Does the status clear by itself?", "…, will those work in Bolt?": a question answered by yes or
// no. The material leans "no" when a negation stands near the question's words in the best quoted
// sentence (and the question itself is not negated), "yes" otherwise, and is mixed when an equally
// good sentence says the opposite; the reply says so before quoting them.
internal static partial class YesNo
{
    public enum Lean
    {
        Yes,
        No,
        Mixed,
    }

    // Negation this many words or fewer from a question word applies to it.
    private const int Reach = 4;

    // Two sentences scored this close are equally good evidence.
    private const double CloseScore = 0.95;

    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "none", "nothing", "neither", "nor", "cannot", "without", "nobody", "nowhere", "unable", "unsupported",
        // Contractions as the analysis chain leaves them (apostrophes dropped): "isn't" → "isnt".
        "isnt", "arent", "wasnt", "werent", "doesnt", "dont", "didnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt",
        "hasnt", "havent", "hadnt", "mustnt", "neednt", "aint",
    };

    // An auxiliary opening the question or a clause of it, with no "or" offering a choice ("v1 or v2?").
    [GeneratedRegex(@"(^|[,;:.?!]\s+)(is|are|was|were|am|do|does|did|can|could|should|will|would|has|have|had|may|might|must|shall|isn't|aren't|wasn't|doesn't|don't|didn't|can't|won't|hasn't|haven't)\s+\w", RegexOptions.IgnoreCase)]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"\bor\b", RegexOptions.IgnoreCase)]
    private static partial Regex Choice();

    public static bool IsQuestion(string question) => Auxiliary().IsMatch(question) && !Choice().IsMatch(question);

    // The best sentence decides; a second one about as good that says the opposite makes it mixed.
    public static Lean LeanOf(AnalyzedQuestion question, IReadOnlyList<(string Sentence, double Score)> quoted)
    {
        var stems = question.Terms.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        var asked = question.Tokens.Any(IsNegation);
        var first = Negated(Tokenizer.Tokenize(quoted[0].Sentence), stems) != asked;
        if (quoted.Count > 1 && quoted[1].Score >= CloseScore * quoted[0].Score && Negated(Tokenizer.Tokenize(quoted[1].Sentence), stems) != asked != first)
        {
            return Lean.Mixed;
        }

        return first ? Lean.No : Lean.Yes;
    }

    public static string Say(Lean lean) => lean switch
    {
        Lean.Yes => "The material suggests yes:",
        Lean.No => "The material suggests no:",
        _ => "The material points both ways:",
    };

    private static bool Negated(IReadOnlyList<Token> tokens, HashSet<string> stems)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNegation(tokens[i]))
            {
                continue;
            }

            for (var j = Math.Max(0, i - Reach); j < Math.Min(tokens.Count, i + Reach + 1); j++)
            {
                if (stems.Contains(tokens[j].Stem))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsNegation(Token token) => Negations.Contains(token.Term);
}
