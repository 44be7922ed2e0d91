using System.Globalization;
using System.Text;

namespace Bot.Knowledge.Evaluation;

// hit@1 and answer-contains of the follow-ups asked with their conversation against asked alone,
// for the elliptical ones and for those that stand on their own.
public sealed record FollowUpReport(IReadOnlyList<FollowUpOutcome> Outcomes)
{
    public IReadOnlyList<FollowUpOutcome> Elliptical => Outcomes.Where(o => !o.Pair.StandsAlone).ToList();

    public IReadOnlyList<FollowUpOutcome> StandingAlone => Outcomes.Where(o => o.Pair.StandsAlone).ToList();

    public static int HitAt1With(IEnumerable<FollowUpOutcome> outcomes) => outcomes.Count(o => o.RankWith == 1);

    public static int HitAt1Without(IEnumerable<FollowUpOutcome> outcomes) => outcomes.Count(o => o.RankWithout == 1);

    public static int ContainsWith(IEnumerable<FollowUpOutcome> outcomes) => outcomes.Count(o => o.ContainsWith);

    public static int ContainsWithout(IEnumerable<FollowUpOutcome> outcomes) => outcomes.Count(o => o.ContainsWithout);

    public string Format()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"{"follow-ups",-22} {"n",3}  {"hit@1 with",-12} {"hit@1 without",-14} {"contains with",-14} {"contains without",-16}");
        foreach (var (name, rows) in new[] { ("elliptical", Elliptical), ("standing alone", StandingAlone), ("all", Outcomes) })
        {
            sb.AppendLine(c, $"{name,-22} {rows.Count,3}  {Ratio(HitAt1With(rows), rows.Count),-12} {Ratio(HitAt1Without(rows), rows.Count),-14} {Ratio(ContainsWith(rows), rows.Count),-14} {Ratio(ContainsWithout(rows), rows.Count),-16}");
        }

        foreach (var o in Outcomes.Where(o => o.RankWith != 1))
        {
            sb.AppendLine(c, $"miss {o.Pair.Id}: with context gold at {Rank(o.RankWith)}, without at {Rank(o.RankWithout)}: {o.Pair.First} → {o.Pair.FollowUp}");
        }

        return sb.ToString().TrimEnd();
    }

    private static string Rank(int rank) => rank == 0 ? "none" : rank.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(int a, int b) => b == 0 ? "n/a" : (a / (double)b).ToString("0.000", CultureInfo.InvariantCulture);
}
