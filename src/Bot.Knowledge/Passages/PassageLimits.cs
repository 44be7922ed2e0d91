namespace Bot.Knowledge.Passages;

// Bounds on a passage whatever the input: a 20 MB line with no sentence end still becomes passages of at most this many characters.
public static class PassageLimits
{
    public const int DefaultMaxChars = 1500;

    // Below this, a passage cannot hold a useful sentence plus a repeated table header.
    public const int MinChars = 200;
}
