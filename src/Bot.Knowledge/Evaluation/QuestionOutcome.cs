namespace Bot.Knowledge.Evaluation;

// How one question fared: the rank of the first gold passage (0 = none in the citations), and the answer.
public sealed record QuestionOutcome(DevQuestion Question, int GoldRank, bool Answered, bool AnswerContainsGold, string AnswerText)
{
    public bool IsMiss => Question.Answerable ? GoldRank != 1 || !Answered : Answered;
}
