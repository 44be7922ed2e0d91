namespace Bot.Knowledge.Answers;

public enum AnswerStatus
{
    /// <summary>The material answers the question; <see cref="Answer.Text"/> holds cited sentences.</summary>
    Answered,

    /// <summary>The material does not cover the question; citations, if any, are only "possibly related".</summary>
    NotCovered,

    /// <summary>Empty, whitespace, or no searchable word at all.</summary>
    NotAQuestion,

    /// <summary>Longer than the configured limit.</summary>
    TooLong,

    /// <summary>There is no index and none could be built.</summary>
    IndexUnavailable,
}
