namespace Bot.Knowledge.Answers;

public enum AnswerStatus
{
    // The material answers the question; Text holds cited sentences.
    Answered,

    // The material does not cover the question; citations, if any, are only "possibly related".
    NotCovered,

    // Empty, whitespace, or no searchable word at all.
    NotAQuestion,

    // Longer than the configured limit.
    TooLong,

    // There is no index and none could be built.
    IndexUnavailable,
}
