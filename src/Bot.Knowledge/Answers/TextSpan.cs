namespace Bot.Knowledge.Answers;

/// <summary>A range of characters in a string (a matched query term in an excerpt).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
