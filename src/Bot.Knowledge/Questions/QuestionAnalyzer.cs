using Bot.Knowledge.Text;

namespace Bot.Knowledge.Questions;

// Question text → tokens, content terms and the kind of answer it wants.
public static class QuestionAnalyzer
{
    public static AnalyzedQuestion Analyze(string question)
    {
        var tokens = Tokenizer.Tokenize(question);
        var terms = new List<QueryTerm>();
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (!StopWords.Contains(token.Term) && stems.Add(token.Stem))
            {
                // A capitalised word ("Kirby", "Sochi", "NATO") names the thing asked about: a constraint, not context.
                // The first word is capitalised by grammar, so there only an acronym counts ("NATO", "CAATSA").
                var original = question.AsSpan(token.Start, token.Length);
                var isName = char.IsUpper(original[0]) && (token.Position > 0 || (original.Length > 1 && !original.ContainsAnyExceptInRange('A', 'Z')));
                terms.Add(new QueryTerm(token.Term, token.Stem, token.Position, IsName: isName) { IsIdentifier = IsIdentifier(original) });
            }
        }

        return new AnalyzedQuestion(question, tokens, terms, KindOf(tokens));
    }

    // Code identifiers name a thing whatever their case: "conversations.history", "signing_secret", "sayStream".
    private static bool IsIdentifier(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length - 1; i++)
        {
            if (word[i] is '.' or '_' && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]))
            {
                return true;
            }

            if (char.IsLower(word[i - 1]) && char.IsUpper(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static QuestionKind KindOf(IReadOnlyList<Token> tokens)
    {
        var words = tokens.Take(4).Select(t => t.Term).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : "";
            switch (words[i])
            {
                case "how" when next is "much" or "expensive" or "costly":
                    return QuestionKind.Amount;
                case "how" when next is "many" or "long" or "far" or "big" or "large":
                    return QuestionKind.Count;
                case "when":
                case "what" or "which" when next is "year" or "date" or "month" or "day" or "time":
                    return QuestionKind.Date;
                case "who" or "whom" or "whose":
                    return QuestionKind.Person;
                case "where":
                    return QuestionKind.Place;
            }
        }

        // Wording that asks for a sum of money wherever it stands: "what was the price of …", "did it cost …".
        return tokens.Any(t => t.Term is "price" or "prices" or "cost" or "costs" or "costed" or "pay" or "paid" or "pays" or "worth" or "spend" or "spent" or "expensive")
            ? QuestionKind.Amount
            : QuestionKind.General;
    }
}
