namespace Bot.Knowledge.Passages;

/// <summary>Bounds on a passage whatever the input: a 20 MB line with no sentence end still becomes passages of at most this many characters.</summary>
public static class PassageLimits
{
    public const int DefaultMaxChars = 1500;

    /// <summary>Below this, a passage cannot hold a useful sentence plus a repeated table header.</summary>
    public const int MinChars = 200;
}
