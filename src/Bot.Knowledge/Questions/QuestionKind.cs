namespace Bot.Knowledge.Questions;

/// <summary>What sort of thing the question asks for, from its wording; used to prefer sentences that contain one.</summary>
public enum QuestionKind
{
    General,
    Amount,
    Count,
    Date,
    Person,
    Place,
}
