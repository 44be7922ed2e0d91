using Bot.Knowledge.Questions;

namespace Bot.Knowledge.Answers;

// What the wording of a question asks for beyond its kind: code, a reason, an expansion, yes or no.
internal static class AskedFor
{
    private static readonly HashSet<string> CodeWords = new(StringComparer.Ordinal)
    {
        "code", "command", "commands", "snippet", "snippets", "example", "examples", "syntax", "script", "cli",
    };

    // "heroku command to start one web dyno", "show me an example of a modal", "what's the syntax for …"
    public static bool Code(AnalyzedQuestion question) => question.Tokens.Any(t => CodeWords.Contains(t.Term));
}
