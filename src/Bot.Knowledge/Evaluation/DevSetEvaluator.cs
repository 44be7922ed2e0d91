namespace Bot.Knowledge.Evaluation;

// Runs a questions file through the real pipeline, as ask --json would answer it.
public static class DevSetEvaluator
{
    public static async Task<DevSetReport> EvaluateAsync(KnowledgeBase knowledge, IReadOnlyList<DevQuestion> questions, int citations = 3, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<QuestionOutcome>(questions.Count);
        foreach (var q in questions)
        {
            var answer = await knowledge.AskAsync(q.Question, citations, cancellationToken).ConfigureAwait(false);
            var rank = 0;
            for (var i = 0; i < answer.Citations.Count && rank == 0; i++)
            {
                var c = answer.Citations[i];
                if (q.Gold.Any(g => g.Document == c.Document && QuoteMatch.Contains(c.Passage, g.Quote)))
                {
                    rank = i + 1;
                }
            }

            var contains = answer.Answered && q.Gold.Any(g => QuoteMatch.Contains(answer.Text, g.Quote));
            outcomes.Add(new QuestionOutcome(q, rank, answer.Answered, contains, answer.Text));
        }

        return new DevSetReport(outcomes);
    }
}
