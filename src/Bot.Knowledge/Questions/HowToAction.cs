using Bot.Knowledge.Text;

namespace Bot.Knowledge.Questions;

// The action a how-to question asks about: "how do I paginate …", "how can we upload …", "how to
// rotate …", "can I store …". Instructions name the action they explain, so material that never uses
// the word cannot be explaining it.
internal static class HowToAction
{
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "do", "does", "can", "could", "should", "would", "will", "may", "might", "must" };
    private static readonly HashSet<string> Subjects = new(StringComparer.Ordinal) { "i", "we", "you", "one" };

    // The position of the action's word, or null when the question is not a how-to question.
    public static int? Position(IReadOnlyList<Token> tokens)
    {
        // "Can I store …?" only as the question's opening, not inside another question ("How many decks can you see?").
        if (tokens.Count > 2 && tokens[0].Term is "can" or "could" && Subjects.Contains(tokens[1].Term))
        {
            return Verb(tokens, 2);
        }

        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].Term != "how")
            {
                continue;
            }

            if (tokens[i + 1].Term == "to")
            {
                return Verb(tokens, i + 2);
            }

            if (i + 3 < tokens.Count && Auxiliaries.Contains(tokens[i + 1].Term) && Subjects.Contains(tokens[i + 2].Term))
            {
                return Verb(tokens, i + 3);
            }
        }

        return null;
    }

    // "how do I quickly deploy …": an adverb before the verb is not the action.
    private static int Verb(IReadOnlyList<Token> tokens, int i) =>
        tokens[i].Term.EndsWith("ly", StringComparison.Ordinal) && i + 1 < tokens.Count ? tokens[i + 1].Position : tokens[i].Position;
}
