namespace Bot.Knowledge.Evaluation;

// How one follow-up fared asked with the conversation before it and asked on its own:
// the rank of the first gold passage (0 = none cited) and whether the answer quotes the gold.
public sealed record FollowUpOutcome(FollowUpPair Pair, int RankWith, bool ContainsWith, int RankWithout, bool ContainsWithout);
