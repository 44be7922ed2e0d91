using Bot.Knowledge.Questions;
using Bot.Knowledge.Ranking;

namespace Bot.Knowledge.Answers;

// Does the material answer the question, or merely share a word with it? IDF says little here: in
// a corpus about one topic its central words ("Turkey", "S-400") are in every passage, yet a
// question made of them is on topic. What tells an off-topic question is how many of its words
// the corpus uses at all: "weather", "Paris", "sourdough" appear nowhere. So:
// <list type="bullet">
// names (capitalised words) the corpus never uses, outnumbering those it does, rule the question out;
// so does a number the corpus never states (a year, an amount, a measurement), and the action a
// how-to question asks about ("how do I paginate …") when the corpus never uses the word;
// presence: the share of the question's content words that the corpus has (a typo corrected to an
// indexed word counts a little less);
// the best passages must hold at least a quarter of those words (questions paraphrase: "originate",
// "coastline", "needlework" where the text says "from", "coast", "embroidery", so the passage that answers
// often holds only the topic words, and half of them refused one answerable question in twenty);
// a question with only half its words present must also be of a kind the passage can answer
// (an amount for "how much", a date for "when", a name for "who").
internal static class Answerability
{
    internal const double MinPresence = 0.5;
    internal const double MinPassageShare = 0.25;
    internal const double CorrectedCredit = 0.8;

    internal const double KindAbsentFactor = 0.6;

    public static bool IsCovered(AnalyzedQuestion question, IReadOnlyList<Candidate> ranked) => Confidence(question, ranked) > 0;

    // 0 when the material does not cover the question (the rules above); otherwise how well it does, in (0, 1]:
    // the share of the question's words the corpus has, times the share the best passage holds, lowered when
    // the question asks for a kind of thing (a date, an amount, a name) that none of the best passages holds.
    public static double Confidence(AnalyzedQuestion question, IReadOnlyList<Candidate> ranked)
    {
        // "hey bot", "according to the docs": words about the conversation or the material say nothing about the topic.
        var terms = question.Terms.Where(t => !MetaWords.Contains(t.Term)).ToList();
        if (terms.Count == 0)
        {
            terms = question.Terms.ToList();
        }

        if (ranked.Count == 0 || terms.Count == 0)
        {
            return 0;
        }

        // A name the corpus has never seen ("Istanbul", "Hamlet", "conversations.history") means the question is
        // about something else, however many of its other words are known: the material cannot say anything
        // about a thing it never mentions. A name that was a typo for an indexed word has been corrected by now.
        if (UnknownName(question, terms))
        {
            return 0;
        }

        // "What was passed in 1895?", "Which city has 3.3 million people?": a year, an amount or a measurement the
        // material never states is a fact it does not hold, however well it knows the rest of the question.
        if (terms.Any(t => t.DocumentFrequency == 0 && NumberTerms.IsSpecific(t.Term)))
        {
            return 0;
        }


        var presence = terms.Sum(t => t.DocumentFrequency == 0 ? 0 : t.Corrected is null ? 1.0 : CorrectedCredit) / terms.Count;
        if (presence < MinPresence)
        {
            return 0;
        }

        var present = terms.Where(t => t.DocumentFrequency > 0).Select(t => t.Stem).ToHashSet(StringComparer.Ordinal);
        var top = ranked.Take(3).ToList();
        var share = top.Max(c => (double)present.Count(s => c.Stems.Contains(s) || c.TitleStems.Contains(s)) / present.Count);
        if (share < MinPassageShare)
        {
            return 0;
        }

        // "How do I paginate …", "can I upload …": material that never names the action is not explaining how to do
        // it, unless a passage holds everything else the question says ("How do I buy tickets for the ferry?" where
        // tickets for the ferry "are sold at the pier": the action is only worded differently). A typo corrected to
        // an indexed word is named; a word addressing the bot or the material is no action.
        if (share < 1 && HowToAction.Position(question.Tokens) is { } action && terms.FirstOrDefault(t => t.Position == action) is { DocumentFrequency: 0, Corrected: null })
        {
            return 0;
        }

        var kindHeld = question.Kind == QuestionKind.General || top.Any(c => AnswerHints.Matches(question.Kind, c.Text));
        if (presence <= MinPresence && (question.Kind == QuestionKind.General || !kindHeld))
        {
            return 0;
        }

        return Math.Round(presence * share * (kindHeld ? 1 : KindAbsentFactor), 3);
    }

    // Adjacent capitalised words make one name ("Senate Foreign Relations Committee", "Google Cloud Run"):
    // it is unknown when most of its words are; an identifier is a name on its own. Punctuation between two
    // capitalised words separates names ("RP, BPP, PPP", "P=NQ"): a list of names is several names.
    private static bool UnknownName(AnalyzedQuestion question, List<QueryTerm> terms)
    {
        // A word that is no English word, written in lower case ("netlify", "redis"), is a name too.
        if (terms.Any(t => t.DocumentFrequency == 0 && t.Corrected is null && (t.IsIdentifier || IsLowerCaseName(t.Term))))
        {
            return true;
        }

        int known = 0, unknown = 0, last = -2;
        foreach (var t in terms.Where(t => t.IsName).OrderBy(t => t.Position))
        {
            if (t.Position != last + 1 || Separated(question, last, t.Position))
            {
                if (unknown > known)
                {
                    return true;
                }

                known = unknown = 0;
            }

            if (t.DocumentFrequency == 0)
            {
                unknown++;
            }
            else
            {
                known++;
            }

            last = t.Position;
        }

        return unknown > known;
    }

    // Is there punctuation other than a hyphen, an apostrophe or a dot (inside "San Diego-Carlsbad", "Guy's",
    // "U.S.") between the words at two positions?
    private static bool Separated(AnalyzedQuestion question, int before, int after)
    {
        if (question.Tokens.FirstOrDefault(t => t.Position == before) is not { Length: > 0 } first
            || question.Tokens.FirstOrDefault(t => t.Position == after) is not { Length: > 0 } second)
        {
            return false;
        }

        var between = question.Text.AsSpan(first.Start + first.Length, Math.Max(0, second.Start - first.Start - first.Length));
        foreach (var c in between)
        {
            if (!char.IsWhiteSpace(c) && c is not ('-' or '\'' or '’' or '.'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLowerCaseName(string term) =>
        term.Length >= 5 && term.All(c => c is >= 'a' and <= 'z') && !Analysis.EnglishWords.Contains(term) && !IsTransposedWord(term);

    // "guage" for "gauge": two letters swapped is a typo (two edits, beyond the corrector's one), not a name.
    private static bool IsTransposedWord(string term)
    {
        var letters = term.ToCharArray();
        for (var i = 0; i + 1 < letters.Length; i++)
        {
            (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
            var swapped = Analysis.EnglishWords.Contains(new string(letters));
            (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
            if (swapped)
            {
                return true;
            }
        }

        return false;
    }
}
