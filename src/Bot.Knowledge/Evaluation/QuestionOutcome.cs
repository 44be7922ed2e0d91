namespace Bot.Knowledge.Evaluation;

/// <summary>How one question fared: the rank of the first gold passage (0 = none in the citations), and the answer.</summary>
public sealed record QuestionOutcome(DevQuestion Question, int GoldRank, bool Answered, bool AnswerContainsGold, string AnswerText)
{
    public bool IsMiss => Question.Answerable ? GoldRank != 1 || !Answered : Answered;
}
