namespace Bot.Knowledge.Questions;

// What sort of thing the question asks for, from its wording; used to prefer sentences that contain one.
public enum QuestionKind
{
    General,
    Amount,
    Count,
    Date,
    Person,
    Place,
}
