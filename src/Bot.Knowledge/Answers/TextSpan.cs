namespace Bot.Knowledge.Answers;

// A range of characters in a string (a matched query term in an excerpt).
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
