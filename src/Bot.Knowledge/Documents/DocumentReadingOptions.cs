using Bot.Knowledge.Passages;

namespace Bot.Knowledge.Documents;

// How the corpus folder is walked and read (from KnowledgeOptions).
public sealed record DocumentReadingOptions(
    long MaxFileBytes = DocumentReadingOptions.DefaultMaxFileBytes,
    bool FollowLinksOutside = false,
    int MaxPassageChars = PassageLimits.DefaultMaxChars)
{
    public const long DefaultMaxFileBytes = 100L * 1024 * 1024;
}
