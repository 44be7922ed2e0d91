using System.Text.RegularExpressions;
using Bot.Knowledge.Questions;

namespace Bot.Knowledge.Answers;

// What the wording of a question asks for beyond its kind, and whether a sentence holds it: a
// reason for "why", the expansion for "what does X stand for", "X is …" for "what is X", a quotation
// for "what did X say", a percentage for "what percentage", the default for "if I don't set X".
// Term: the X of the question.
internal sealed partial record AskedFor(AskedFor.Focus What, string Term = "")
{
    public enum Focus
    {
        Nothing,
        Reason,
        Expansion,
        Definition,
        Quotation,
        Percentage,
        Default,
    }

    private static readonly HashSet<string> CodeWords = new(StringComparer.Ordinal)
    {
        "code", "command", "commands", "snippet", "snippets", "example", "examples", "syntax", "script", "cli",
    };

    // "heroku command to start one web dyno", "show me an example of a modal", "what's the syntax for …"
    public static bool Code(AnalyzedQuestion question) => question.Tokens.Any(t => CodeWords.Contains(t.Term));

    [GeneratedRegex(@"^\s*(why\b|how\s+come\b|for\s+what\s+reason\b|what\s+(is|was|are|were)\s+the\s+(reason|purpose|point)\b)|\bwhy\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhyQuestion();

    [GeneratedRegex(@"\b(because|due\s+to|owing\s+to|thanks\s+to|in\s+order\s+to|so\s+that|so\s+as\s+to|as\s+a\s+result|caused\s+by|the\s+reason|to\s+(prevent|avoid|ensure|allow|protect|help|make\s+sure|keep|stop|reduce))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();

    [GeneratedRegex(@"\b(?:what\s+(?:does|do|did)\s+(?:the\s+)?(?<x>[\w.\-]+)\s+(?:stand|stands)\s+for|what\s+(?:is|are)\s+(?:the\s+)?(?<x>[\w.\-]+)\s+short\s+for|what\s+is\s+the\s+(?:full\s+name|expansion)\s+(?:of|for)\s+(?:the\s+)?(?<x>[\w.\-]+))", RegexOptions.IgnoreCase)]
    private static partial Regex ExpansionQuestion();

    // "What is X?", "What are Xs?", "What does X mean?", "Define X": X up to four words, nothing after it.
    [GeneratedRegex(@"^\s*(?:what\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?<x>[\w\-'’ .]{1,60}?)|what\s+(?:does|do)\s+(?<x>[\w\-'’ .]{1,60}?)\s+mean|define\s+(?<x>[\w\-'’ .]{1,60}?))\s*\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DefinitionQuestion();

    [GeneratedRegex(@"\b(say|says|said|tell|told|state|stated|announce|announced|claim|claimed|comment|commented|add|added|stress|stressed|respond|responded|reply|replied)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SpeechVerb();

    // A quotation of at least three words.
    [GeneratedRegex(@"[""“][^""“”]*\S\s+\S+\s+\S[^""“”]*[""”]")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"\b(percentage|percent|per\s+cent|proportion)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PercentageQuestion();

    [GeneratedRegex(@"\d\s?(%|percent\b|per\s+cent\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Percent();

    // "If I don't pass logLevel, …", "without setting a port", "what is the default …": what happens when nothing is set.
    [GeneratedRegex(@"\b(if|when|unless)\s+(i|you|we|it|they|one)\s+(don't|dont|do\s+not|didn't|didnt|did\s+not|never|doesn't|doesnt|does\s+not|leave\s+out|omit|skip|forget\s+to)\b|\bwithout\s+(setting|passing|specifying|configuring|providing|giving|any)\b|\bdefaults?\b|\bnot\s+(set|specified|configured|provided)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultQuestion();

    [GeneratedRegex(@"\b(default|defaults|defaulted|otherwise|falls?\s+back|fallback|if\s+(it\s+is\s+)?not\s+(set|specified|provided|given|configured)|if\s+omitted|when\s+omitted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DefaultValue();

    public static AskedFor Of(string question)
    {
        if (ExpansionQuestion().Match(question) is { Success: true } e)
        {
            return new AskedFor(Focus.Expansion, e.Groups["x"].Value);
        }

        if (WhyQuestion().IsMatch(question))
        {
            return new AskedFor(Focus.Reason);
        }

        if (DefaultQuestion().IsMatch(question))
        {
            return new AskedFor(Focus.Default);
        }

        if (DefinitionQuestion().Match(question) is { Success: true } d && d.Groups["x"].Value.Trim().Split(' ').Length <= 4)
        {
            return new AskedFor(Focus.Definition, d.Groups["x"].Value.Trim());
        }

        if (PercentageQuestion().IsMatch(question))
        {
            return new AskedFor(Focus.Percentage);
        }

        return SpeechVerb().IsMatch(question) && question.TrimStart().StartsWith("what", StringComparison.OrdinalIgnoreCase)
            ? new AskedFor(Focus.Quotation)
            : new AskedFor(Focus.Nothing);
    }

    public bool HeldBy(string sentence) => What switch
    {
        Focus.Reason => Reason().IsMatch(sentence),
        Focus.Expansion => Acronym.ExpandedIn(Term, sentence),
        Focus.Definition => Defines(sentence),
        Focus.Quotation => Quotation().IsMatch(sentence),
        Focus.Percentage => Percent().IsMatch(sentence),
        Focus.Default => DefaultValue().IsMatch(sentence),
        _ => false,
    };

    // "X is …", "Xs are …", "X means …", "X refers to …": the term's last word, then (within a word) the copula.
    private bool Defines(string sentence)
    {
        var words = Term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return false;
        }

        var last = Regex.Escape(words[^1].TrimEnd('s'));
        return Regex.IsMatch(sentence, $@"\b{last}\w*[`'’""]?\)?,?\s+(?:\S+\s+)?(?:is|are|was|were|means|refers\s+to|stands\s+for|describes|denotes)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }
}
