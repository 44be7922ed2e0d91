using Bot.Knowledge.Answers;
using Bot.Knowledge.Questions;

namespace Bot.Knowledge.Evaluation;

// Asks each pair as a conversation would (the first question, then the follow-up with the first
// question and what its answer cited as context — what ChatService remembers), and the follow-up
// again on its own, through the real pipeline.
public static class FollowUpEvaluator
{
    public static async Task<FollowUpReport> EvaluateAsync(KnowledgeBase knowledge, IReadOnlyList<FollowUpPair> pairs, int citations = 3, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(pairs);
        var outcomes = new List<FollowUpOutcome>(pairs.Count);
        foreach (var pair in pairs)
        {
            var first = await knowledge.AskAsync(pair.First, citations, cancellationToken).ConfigureAwait(false);
            var context = new QuestionContext([pair.First], first.Answered ? first.Citations : []);
            var with = await knowledge.AskAsync(pair.FollowUp, context, citations, cancellationToken).ConfigureAwait(false);
            var without = await knowledge.AskAsync(pair.FollowUp, citations, cancellationToken).ConfigureAwait(false);
            outcomes.Add(new FollowUpOutcome(pair, GoldRank(with, pair), Contains(with, pair), GoldRank(without, pair), Contains(without, pair)));
        }

        return new FollowUpReport(outcomes);
    }

    private static int GoldRank(Answer answer, FollowUpPair pair)
    {
        for (var i = 0; i < answer.Citations.Count; i++)
        {
            var c = answer.Citations[i];
            if (pair.Gold.Any(g => g.Document == c.Document && QuoteMatch.Contains(c.Passage, g.Quote)))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static bool Contains(Answer answer, FollowUpPair pair) => answer.Answered && pair.Gold.Any(g => QuoteMatch.Contains(answer.Text, g.Quote));
}
