using System.Globalization;
using System.Text;

namespace Bot.Knowledge.Evaluation;

// The sets table, in Markdown so it pastes into a README or an issue note as it is.
public static class EvalTable
{
    public static string Format(IReadOnlyList<EvalSetResult> results)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("| set | questions | hit@1 | hit@3 | MRR | answer contains | out of scope refused | answerable wrongly refused | MAP | nDCG@10 |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            if (r.Questions is { } q)
            {
                var n = q.AnswerableCount;
                sb.AppendLine(c, $"| {r.Name} | {q.Outcomes.Count} | {Ratio(q.HitAt1, n)} | {Ratio(q.HitAt3, n)} | {q.Mrr:0.000} | {Ratio(q.AnswerContainsGold, n)} | {q.OutOfScopeRefused}/{q.OutOfScopeCount} | {q.AnswerableRefused}/{n} | | |");
            }
            else if (r.Cranfield is { } cr)
            {
                sb.AppendLine(c, $"| {r.Name} | {cr.Queries} | | | | | | | {cr.Map:0.000} | {cr.NdcgAt10:0.000} |");
            }
        }

        return sb.ToString().TrimEnd();
    }

    private static string Ratio(int a, int b) => b == 0 ? "n/a" : (a / (double)b).ToString("0.000", CultureInfo.InvariantCulture);
}
