namespace Bot.Knowledge.Questions;

// Words that address the bot or point at the material itself rather than at the thing asked about:
// "hey bot, please tell me …", "according to the article/docs …", "what does the text say about …".
// They are ordinary English discourse words, the same for any corpus; a question is not off topic
// because the material never uses them, so they do not count for or against coverage.
internal static class MetaWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "hey", "hi", "hello", "bot", "please", "thanks", "thank", "pls", "plz",
        "according", "material", "materials", "article", "articles", "document", "documents", "doc", "docs",
        "documentation", "text", "texts", "passage", "passages", "excerpt", "excerpts", "source", "sources",
        "say", "says", "tell", "mention", "mentions", "mentioned", "explain", "know", "anything", "something",
    };

    public static bool Contains(string term) => Words.Contains(term);
}
