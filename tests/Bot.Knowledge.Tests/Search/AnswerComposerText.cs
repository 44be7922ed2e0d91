namespace Bot.Knowledge.Tests.Search;

internal static class AnswerComposerText
{
    public const string NotCovered = "The material doesn't cover this";
}
