using Bot.Knowledge.Answers;
using Bot.Knowledge.Ranking;
using Bot.Knowledge.Text;

namespace Bot.Knowledge.Questions;

// A question asked after others in the same conversation. An elliptical one ("and Greece?", "when
// was that?", "who said it?", "what about the second regiment?") leaves its topic unsaid: it is
// searched with the earlier questions' words added at a lower weight, and the passages the
// conversation already cited are preferred when they hold what it asks for. One that stands on its
// own is searched exactly as a first question would be. Only the shape of the question decides —
// leading "and"/"what about", a pronoun pointing back, too few content words — never a topic list.
internal static class FollowUp
{
    // Content words a question needs to be read on its own ("when did Turkey receive the S-400?" has 3).
    internal const int FullQuestionTerms = 3;

    // The earlier questions' words together weigh at most this share of the follow-up's own (each
    // turn further back half as much as the one after it): the conversation's topic breaks ties
    // between passages that hold the new words without drowning them.
    internal const double ContextWeight = 0.5;

    // A name in the follow-up ("and Greece?") usually replaces the earlier question's name: those
    // keep only this share of their context weight.
    internal const double ReplacedNameShare = 0.5;

    // Added to the score (0..1 blend) of a passage the conversation already cited when it also holds
    // what the follow-up asks for: "when was that?" is most likely answered where "that" was found.
    // Divided by the citation's number: the first passage cited is the one the answer stood on.
    internal const double CitedBonus = 0.1;

    // A full question with a pronoun ("when did he sign the decree?") is read on its own only when the
    // index answers it this confidently; otherwise the conversation supplies the "he".
    internal const double ConfidentAlone = 0.75;

    // Keeps the earlier questions' words apart from the follow-up's in word positions, so no phrase
    // ("second regiment") is formed across two questions.
    private const int TurnOffset = 1000;

    // Pronouns standing for a person or group said before: "what did she say about …?" is about the
    // one the conversation named, however many words of its own it has.
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal)
    {
        "he", "him", "she", "they", "them",
    };

    // Words that may point back ("when was that?", "did it work?") or not: a possessive usually
    // points inside its own question ("how much did Turkey pay for its S-400s?"), "it" is often
    // empty ("how long does it take …"), "that" joins clauses.
    private static readonly HashSet<string> MaybeReferring = new(StringComparer.Ordinal)
    {
        "it", "its", "itself", "their", "theirs", "his", "her", "hers",
        "this", "that", "these", "those", "there", "then", "former", "latter",
    };

    // Openings that continue the previous question rather than start a new one.
    private static readonly string[][] Continuations =
    [
        ["and"], ["but"], ["also"], ["or"], ["what", "about"], ["how", "about"], ["what", "of"], ["same", "for"], ["then"],
    ];

    public static FollowUpReading Read(AnalyzedQuestion question, QuestionContext context)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(context);
        if (context.IsEmpty)
        {
            return FollowUpReading.Alone;
        }

        if (question.Terms.Count < FullQuestionTerms || Continues(question.Tokens) || question.Tokens.Any(t => Pronouns.Contains(t.Term)))
        {
            return FollowUpReading.InContext;
        }

        return question.Tokens.Any(t => MaybeReferring.Contains(t.Term)) ? FollowUpReading.AloneIfConfident : FollowUpReading.Alone;
    }

    // The answer to a follow-up read InContext or AloneIfConfident; search(question, cited) runs the
    // ordinary search, preferring the cited passages when given.
    public static Answer Answer(AnalyzedQuestion question, QuestionContext context, FollowUpReading reading, Func<AnalyzedQuestion, IReadOnlyList<Citation>?, Answer> search)
    {
        ArgumentNullException.ThrowIfNull(search);
        if (reading == FollowUpReading.AloneIfConfident)
        {
            var alone = search(question, null);
            if (alone.Answered && alone.Confidence >= ConfidentAlone)
            {
                return alone;
            }
        }

        return search(WithContext(question, context), context.PreviousCitations);
    }

    // The follow-up's own words at full weight, then each earlier question's (most recent first) at
    // a lower one. The kind of answer wanted carries over: "and Greece?" after "when did …" wants a date.
    public static AnalyzedQuestion WithContext(AnalyzedQuestion question, QuestionContext context)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(context);
        var terms = question.Terms.ToList();
        var stems = terms.Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        var ownName = terms.Any(t => t.IsName);
        var kind = question.Kind;
        var added = new List<QueryTerm>();
        var turnWeight = 1.0;
        for (var turn = 0; turn < context.PreviousQuestions.Count; turn++)
        {
            var previous = QuestionAnalyzer.Analyze(QuestionText.Clean(context.PreviousQuestions[turn]));
            if (kind == QuestionKind.General)
            {
                kind = previous.Kind;
            }

            foreach (var term in previous.Terms)
            {
                if (stems.Add(term.Stem))
                {
                    // A name the follow-up replaced is no constraint any more (the answer need not mention what the
                    // follow-up moved away from); one it did not replace still is: "when?" after a question about
                    // a country the material never mentions is not covered either.
                    var weight = turnWeight * (ownName && term.IsName ? ReplacedNameShare : 1);
                    added.Add(term with { Position = TurnOffset * (turn + 1) + term.Position, IsName = term.IsName && !ownName, Emphasis = weight });
                }
            }

            turnWeight /= 2;
        }

        // Scaled so that the context weighs ContextWeight of the follow-up's own words (of one word when it has none).
        var scale = added.Count == 0 ? 0 : ContextWeight * Math.Max(terms.Count, 1) / added.Sum(t => t.Emphasis);
        terms.AddRange(added.Select(t => t with { Emphasis = Math.Min(ContextWeight, t.Emphasis * scale) }));
        return question with { Terms = terms, Kind = kind };
    }

    // Raises the passages the conversation cited before when they hold all of the follow-up's own
    // words and the kind of thing it asks for, then re-sorts as the reranker does.
    internal static void PreferCited(AnalyzedQuestion question, List<Candidate> ranked, IReadOnlyList<Citation> cited)
    {
        if (cited.Count == 0 || ranked.Count == 0)
        {
            return;
        }

        var places = cited.Select(c => (c.Document, c.Paragraph)).ToHashSet();
        var own = question.Terms.Where(t => t.Emphasis >= 1).Select(t => t.Stem).ToList();
        if (own.Count == 0 && question.Kind == QuestionKind.General)
        {
            return; // "and?": nothing to tell whether an earlier passage answers it
        }

        var raised = false;
        foreach (var c in ranked)
        {
            if (places.Contains((c.Document, c.Paragraph))
                && (question.Kind == QuestionKind.General || AnswerHints.Matches(question.Kind, c.Text))
                && own.All(s => c.CountOf(s) > 0 || c.TitleStems.Contains(s)))
            {
                c.Score += CitedBonus / cited.First(p => (p.Document, p.Paragraph) == (c.Document, c.Paragraph)).Number;
                raised = true;
            }
        }

        if (raised)
        {
            ranked.Sort((a, b) => b.Score != a.Score ? b.Score.CompareTo(a.Score)
                : string.CompareOrdinal(a.Document, b.Document) is var byDocument and not 0 ? byDocument
                : a.Paragraph.CompareTo(b.Paragraph));
        }
    }

    private static bool Continues(IReadOnlyList<Token> tokens) =>
        Continuations.Any(words => words.Length <= tokens.Count && words.Select((w, i) => tokens[i].Term == w).All(x => x));
}
