namespace Bot.Knowledge.Text;

// Words that carry no topic in a question. Only queries drop them: the index keeps every word so
// phrases and proximity still see them.
public static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by",
        "can", "could", "did", "do", "does", "doing", "done", "down", "during",
        "each", "either", "else", "ever", "every", "few", "for", "from", "further",
        "get", "gets", "got", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
        "i", "if", "in", "into", "is", "it", "its", "itself", "just", "know", "let", "like",
        "may", "me", "might", "more", "most", "much", "must", "my", "myself",
        "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "please", "same", "shall", "she", "should", "so", "some", "such",
        "tell", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "upon", "very",
        "was", "we", "were", "what", "whats", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
        "would", "you", "your", "yours", "yourself", "yourselves",
        "according", "anything", "something", "thing", "things", "way", "ways",
        // Verbs that frame a question without naming its topic: "what happened in …", "what does … mean".
        "happen", "happens", "happened", "happening", "mean", "means", "meant", "explain", "describe", "exactly", "really", "actually",
    };

    public static bool Contains(string term) => Words.Contains(term);

    public static IEnumerable<string> All => Words;
}
