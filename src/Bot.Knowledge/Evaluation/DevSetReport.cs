using System.Globalization;
using System.Text;

namespace Bot.Knowledge.Evaluation;

// hit@1, hit@3, MRR and answer-contains over the answerable questions; refusals over the rest.
public sealed record DevSetReport(IReadOnlyList<QuestionOutcome> Outcomes)
{
    private IEnumerable<QuestionOutcome> Answerable => Outcomes.Where(o => o.Question.Answerable);

    public int AnswerableCount => Answerable.Count();

    public int OutOfScopeCount => Outcomes.Count - AnswerableCount;

    public int HitAt1 => Answerable.Count(o => o.GoldRank == 1);

    public int HitAt3 => Answerable.Count(o => o.GoldRank is >= 1 and <= 3);

    public double Mrr => AnswerableCount == 0 ? 0 : Answerable.Sum(o => o.GoldRank > 0 ? 1.0 / o.GoldRank : 0) / AnswerableCount;

    public int AnswerContainsGold => Answerable.Count(o => o.AnswerContainsGold);

    public int OutOfScopeRefused => Outcomes.Count(o => !o.Question.Answerable && !o.Answered);

    public int AnswerableRefused => Answerable.Count(o => !o.Answered);

    public string Format()
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(c, $"questions        {Outcomes.Count} ({AnswerableCount} answerable, {OutOfScopeCount} out of scope)");
        sb.AppendLine(c, $"hit@1            {HitAt1}/{AnswerableCount} = {Ratio(HitAt1, AnswerableCount)}");
        sb.AppendLine(c, $"hit@3            {HitAt3}/{AnswerableCount} = {Ratio(HitAt3, AnswerableCount)}");
        sb.AppendLine(c, $"MRR              {Mrr:0.000}");
        sb.AppendLine(c, $"answer-contains  {AnswerContainsGold}/{AnswerableCount}");
        sb.AppendLine(c, $"refused          {OutOfScopeRefused}/{OutOfScopeCount} out of scope; {AnswerableRefused} answerable wrongly refused");
        foreach (var miss in Outcomes.Where(o => o.IsMiss))
        {
            var what = miss.Question.Answerable
                ? (miss.Answered ? $"gold at rank {(miss.GoldRank == 0 ? "none" : miss.GoldRank.ToString(c))}" : "refused") + (miss.AnswerContainsGold ? "" : ", answer lacks gold quote")
                : "answered an out-of-scope question";
            sb.AppendLine(c, $"miss {miss.Question.Id}: {what}: {miss.Question.Question}");
        }

        return sb.ToString().TrimEnd();
    }

    private static string Ratio(int a, int b) => b == 0 ? "n/a" : (a / (double)b).ToString("0.000", CultureInfo.InvariantCulture);
}
