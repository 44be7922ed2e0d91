using System.Text.RegularExpressions;

namespace Bot.Chat.Questions;

// The content words of a question, crudely stemmed, so that "How do I reset my password?" and
// "reset passwords how" land in one group. Deliberately simple and language-agnostic beyond English
// stop words: the report groups for a person to read, it does not rank.
public static partial class QuestionStems
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "from", "by", "with", "about",
        "is", "are", "was", "were", "be", "been", "do", "does", "did", "can", "could", "should", "would", "will",
        "i", "me", "my", "we", "our", "you", "your", "it", "its", "he", "she", "they", "them", "their", "this", "that",
        "what", "which", "who", "whom", "when", "where", "why", "how", "there", "here", "any", "some", "much", "many",
        "have", "has", "had", "not", "no", "if", "so", "as", "into", "than", "then", "please", "tell",
    };

    public static IReadOnlyList<string> Of(string question) =>
        Word().Matches(question.ToLowerInvariant())
            .Select(m => m.Value)
            .Where(w => w.Length > 1 && !StopWords.Contains(w))
            .Select(Stem)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string Stem(string word) =>
        word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) ? word[..^3]
        : word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y"
        : word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) ? word[..^2]
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
